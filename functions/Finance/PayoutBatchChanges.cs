using Congress.Platform.Storage;

namespace Congress.Finance;

public enum BatchChange { NotFound, Done, WrongStatus }

/// <summary>
/// What happens to a released batch: the bank executed it (its claims become paid out), or it is
/// cancelled (its claims are taken off, so its lines are due again; its file is tagged and finance
/// told not to send it). Both can be asked twice. A batch still being built cannot be cancelled
/// until it has stalled.
/// </summary>
public sealed class PayoutBatchChanges(StorageAccount storage, PayoutLedger ledger, PayoutFile file, PayoutNotice notice, TimeProvider time)
{
    /// <summary>A batch still being built after this long has stopped: it may be cancelled; before, its run may still be going.</summary>
    public static readonly TimeSpan Stalled = TimeSpan.FromHours(1);

    public async Task<(BatchChange Outcome, PayoutBatchRow? Batch)> MarkExecutedAsync(string batchId, string by, CancellationToken ct)
    {
        var at = time.GetUtcNow();
        var wrong = false;
        var row = await storage.Table(PayoutBatchRow.Table).UpdateConditionallyAsync<PayoutBatchRow>(batchId, PayoutBatchRow.HeaderRow, b =>
        {
            wrong = b.Status is not (PayoutStatus.Released or PayoutStatus.Executed);
            if (b.Status != PayoutStatus.Released) return false;
            (b.Status, b.ExecutedAt, b.ExecutedBy) = (PayoutStatus.Executed, at, by);
            return true;
        }, ct);
        return (row is null ? BatchChange.NotFound : wrong ? BatchChange.WrongStatus : BatchChange.Done, row);
    }

    public async Task<(BatchChange Outcome, PayoutBatchRow? Batch)> CancelAsync(string batchId, string by, CancellationToken ct)
    {
        var at = time.GetUtcNow();
        var wrong = false;
        var row = await storage.Table(PayoutBatchRow.Table).UpdateConditionallyAsync<PayoutBatchRow>(batchId, PayoutBatchRow.HeaderRow, b =>
        {
            var running = b.Status is PayoutStatus.Building or PayoutStatus.Claimed && at - b.CreatedAt < Stalled;
            wrong = b.Status == PayoutStatus.Executed || running;
            if (wrong || b.Status == PayoutStatus.Cancelled) return false;
            (b.Status, b.CancelledAt, b.CancelledBy) = (PayoutStatus.Cancelled, at, by);
            return true;
        }, ct);
        if (row is null) return (BatchChange.NotFound, null);
        if (wrong) return (BatchChange.WrongStatus, row);
        await file.TagCancelledAsync(row, ct);
        await notice.SendCancelledAsync(row, ct);
        // Once the header says cancelled its claims count no more; taking them off (again) only tidies the rows.
        await ledger.ReleaseAllAsync(batchId, ct);
        return (BatchChange.Done, row);
    }
}
