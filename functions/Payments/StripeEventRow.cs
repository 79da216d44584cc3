using Congress.Platform.Storage;

namespace Congress.Payments;

public static class StripeEventStatus
{
    /// <summary>A delivery is working on the event until <see cref="StripeEventRow.LeaseUntil"/>.</summary>
    public const string Processing = "Processing";
    public const string Done = "Done";
}

/// <summary>One Stripe event id seen by the webhook; the row's existence is what makes it "seen once".</summary>
public sealed class StripeEventRow : TableRow
{
    public const string Row = "event";

    public string Type { get; set; } = "";
    public string? SessionId { get; set; }
    public string Status { get; set; } = StripeEventStatus.Processing;
    /// <summary>Which delivery holds the event; only that one may finish or release it.</summary>
    public string ClaimId { get; set; } = "";
    public DateTimeOffset? LeaseUntil { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? HandledAt { get; set; }
    /// <summary>What the event did (<see cref="WebhookOutcome"/>), for whoever investigates a payment.</summary>
    public string? Outcome { get; set; }

    /// <summary>Event ids are spread over partitions: each is read and written alone.</summary>
    public static (string PartitionKey, string RowKey) KeysFor(string eventId) => (eventId, Row);
}
