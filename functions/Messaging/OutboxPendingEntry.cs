using Congress.Platform.Storage;

namespace Congress.Messaging;

/// <summary>
/// One email not yet sent nor given up, in a single partition, so that the sweep reads only what
/// is still open instead of scanning every email ever sent. Row key: the outbox row key.
/// </summary>
public sealed class OutboxPendingEntry : TableRow
{
    public const string Partition = "pending";

    public OutboxPendingEntry() => PartitionKey = Partition;

    public string MessageKey { get; set; } = "";
    /// <summary>When the sweep should look at it again.</summary>
    public DateTimeOffset NextCheckAt { get; set; }
}
