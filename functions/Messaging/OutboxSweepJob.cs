using Azure;
using Azure.Data.Tables;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.Messaging;

/// <summary>
/// Safety net of the outbox: looks at the emails still in the pending index whose time has come
/// and asks again for those neither sent nor being sent (the app stopped between writing the email
/// and queueing it, or a sender died holding its lease). Sending is idempotent, so asking twice is
/// harmless; the attempts counter on the email still bounds the retries.
/// </summary>
public sealed class OutboxSweepJob(StorageAccount storage, EmailOutbox outbox, TimeProvider time,
    ILogger<OutboxSweepJob> logger) : ITimerJob
{
    public const string Schedule = "0 */2 * * * *";

    public async Task RunAsync(TimerContext timer, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var pending = storage.Table(EmailOutbox.PendingTable);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {OutboxPendingEntry.Partition} and NextCheckAt le {now}");
        var requeued = 0;
        await foreach (var entry in pending.QueryAsync<OutboxPendingEntry>(filter, cancellationToken: ct))
        {
            var (partition, row) = OutboxMessage.KeysFor(entry.MessageKey);
            var found = await storage.Table(EmailOutbox.Table).GetEntityIfExistsAsync<OutboxMessage>(partition, row, cancellationToken: ct);
            if (!found.HasValue || found.Value is not { } email
                || email.Status is OutboxStatus.Sent or OutboxStatus.Failed)
            {
                await outbox.ForgetPendingAsync(entry.MessageKey, ct);
                continue;
            }
            var sending = email.Status == OutboxStatus.Sending && email.LeaseUntil > now;
            entry.NextCheckAt = sending ? email.LeaseUntil!.Value : now + EmailOutbox.Grace;
            try
            {
                await pending.UpdateEntityAsync(entry, entry.ETag, TableUpdateMode.Replace, ct);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                continue; // sent or looked at meanwhile
            }
            if (sending) continue;
            await outbox.RequestSendAsync(entry.MessageKey, now, ct);
            requeued++;
        }
        if (requeued > 0) logger.LogWarning("Outbox sweep asked again for {Count} emails", requeued);
    }
}
