using Azure.Data.Tables;
using Congress.Catalog;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.Registrations;

/// <summary>
/// Safety net for hold expiry: the delayed queue message normally does it; if it was lost, this job
/// finds holds past their end and asks for the expiry check again (which is idempotent).
/// </summary>
public sealed class HoldSweepJob(StorageAccount storage, QueueSender queue, TimeProvider time) : ITimerJob
{
    public const string Schedule = "0 */5 * * * *";

    public async Task RunAsync(TimerContext timer, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var from = "hold|";
        var to = "hold}";
        var filter = TableClient.CreateQueryFilter($"RowKey ge {from} and RowKey lt {to} and ExpiresAt lt {now}");
        await foreach (var hold in storage.Table(StockKeys.Table).QueryAsync<StockMarker>(filter, cancellationToken: ct))
            await queue.SendAsync(FlowMessage.Queue, new FlowMessage(hold.RegistrationId, FlowMessage.ExpireHold, now), ct: ct);
    }
}
