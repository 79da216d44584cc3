using Azure.Data.Tables;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.Messaging;

/// <summary>
/// Safety net of the outbox: asks again for rows still pending (or whose sender died while holding
/// the lease) a while after they were requested. Sending stays idempotent, so asking twice is harmless.
/// </summary>
public sealed class OutboxSweepJob(StorageAccount storage, EmailOutbox outbox, TimeProvider time,
    ILogger<OutboxSweepJob> logger) : ITimerJob
{
    public const string Schedule = "0 */2 * * * *";
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    public async Task RunAsync(TimerContext timer, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var before = now - Grace;
        var filter = TableClient.CreateQueryFilter(
            $"(Status eq {OutboxStatus.Pending} or Status eq {OutboxStatus.Sending}) and RequestedAt lt {before}");
        var requeued = 0;
        await foreach (var row in storage.Table(EmailOutbox.Table).QueryAsync<OutboxMessage>(filter, cancellationToken: ct))
        {
            if (row.Status == OutboxStatus.Sending && row.LeaseUntil >= now) continue;
            await outbox.RequestSendAsync(row.MessageKey, now, ct);
            requeued++;
        }
        if (requeued > 0) logger.LogWarning("Outbox sweep asked again for {Count} emails", requeued);
    }
}
