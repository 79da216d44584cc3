using Azure.Data.Tables;
using Congress.Platform.Storage;

namespace Congress.Messaging;

/// <summary>The log of every email sent or given up, per recipient and per reference.</summary>
public sealed class EmailLog(StorageAccount storage, TimeProvider time)
{
    public const string Table = "EmailLog";

    public async Task RecordAsync(OutboxMessage message, string status, string? error, CancellationToken ct)
    {
        var table = storage.Table(Table);
        foreach (var partition in Partitions(message))
        {
            // Row key from the message key: recording the same email twice rewrites one line.
            var entry = new EmailLogEntry
            {
                PartitionKey = partition,
                RowKey = message.RowKey,
                MessageKey = message.MessageKey,
                ToAddress = message.ToAddress,
                Subject = message.Subject,
                Purpose = message.Purpose,
                Reference = message.Reference,
                Status = status,
                At = time.GetUtcNow(),
                Error = error,
            };
            await table.UpsertEntityAsync(entry, TableUpdateMode.Replace, ct);
        }
    }

    public async Task<List<EmailLogEntry>> ForRecipientAsync(string address, CancellationToken ct) =>
        await ReadAsync(EmailLogEntry.RecipientPartition(address), ct);

    public async Task<List<EmailLogEntry>> ForReferenceAsync(string reference, CancellationToken ct) =>
        await ReadAsync(EmailLogEntry.ReferencePartition(reference), ct);

    /// <summary>One email logged under the reference (null when it is not one of the reference's).</summary>
    public async Task<EmailLogEntry?> FindForReferenceAsync(string reference, string id, CancellationToken ct)
    {
        if (!TableKeys.IsSafe(id)) return null;
        var found = await storage.Table(Table).GetEntityIfExistsAsync<EmailLogEntry>(EmailLogEntry.ReferencePartition(reference), id,
            cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    private async Task<List<EmailLogEntry>> ReadAsync(string partition, CancellationToken ct) =>
        (await storage.Table(Table).QueryPartitionAsync<EmailLogEntry>(partition, ct).ToListAsync(ct))
            .OrderByDescending(e => e.At).ToList();

    private static IEnumerable<string> Partitions(OutboxMessage message)
    {
        yield return EmailLogEntry.RecipientPartition(message.ToAddress);
        if (!string.IsNullOrEmpty(message.Reference)) yield return EmailLogEntry.ReferencePartition(message.Reference);
    }
}
