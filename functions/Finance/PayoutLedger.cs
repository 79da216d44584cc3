using Azure;
using Azure.Data.Tables;
using Congress.Catalog;
using Congress.Platform.Storage;

namespace Congress.Finance;

/// <summary>A share as a payout sees it: owed, what its mode allows, whether it still is a sale (see <see cref="PayoutCriteria.Target"/>).</summary>
public sealed record ClaimTarget(string EventId, string RegistrationId, bool Sale, long OwedCents, long ModeTargetCents)
{
    public string Key => PayoutLineRow.KeyFor(EventId, RegistrationId);

    /// <summary>What is due given what live batches hold now (negative: money to take back).</summary>
    public long DueCents(long held) => PayoutCriteria.Target(Sale, OwedCents, ModeTargetCents, held) - held;
}

/// <summary>
/// The claims of payout batches on registrations' shares. A batch claims, per share, the target
/// minus what live batches already hold; all rows of a provider are written in ETag-checked
/// transactions, so a share is never paid twice even when two batches are built at once.
/// </summary>
public sealed class PayoutLedger(StorageAccount storage)
{
    private const int Attempts = 5;

    private TableClient Lines => storage.Table(PayoutLineRow.Table);
    private TableClient Batches => storage.Table(PayoutBatchRow.Table);

    public async Task<Dictionary<string, PayoutBatchRow>> BatchesAsync(CancellationToken ct)
    {
        var header = PayoutBatchRow.HeaderRow;
        var batches = new Dictionary<string, PayoutBatchRow>(StringComparer.Ordinal);
        await foreach (var b in Batches.QueryAsync<PayoutBatchRow>(TableClient.CreateQueryFilter($"RowKey eq {header}"), cancellationToken: ct))
            batches[b.Id] = b;
        return batches;
    }

    public async Task<Dictionary<string, PayoutLineRow>> LinesAsync(string providerId, CancellationToken ct) =>
        await Lines.QueryPartitionAsync<PayoutLineRow>(providerId, ct).ToDictionaryAsync(r => r.RowKey, StringComparer.Ordinal, ct);

    /// <summary>
    /// Claims for the batch what each target still lacks, per event only when the event's total is
    /// positive (a payment is never negative). Running it again for the same batch adds nothing.
    /// </summary>
    public async Task ClaimAsync(string batchId, string providerId, IReadOnlyList<ClaimTarget> targets,
        Func<string, bool> isLive, CancellationToken ct)
    {
        await OptimisticRetry.RunAsync(async _ =>
        {
            // Another batch changing this provider's rows meanwhile makes the write fail: read again, claim what is left.
            var rows = await LinesAsync(providerId, ct);
            var actions = new List<TableTransactionAction>();
            foreach (var group in targets.GroupBy(t => t.EventId, StringComparer.Ordinal))
            {
                var changes = new List<TableTransactionAction>();
                long total = 0;
                foreach (var target in group)
                {
                    var row = rows.GetValueOrDefault(target.Key);
                    var claims = row?.Claims() ?? [];
                    // Claimed by this batch in a run that stopped halfway: counted, not claimed again.
                    if (claims.FirstOrDefault(c => c.BatchId == batchId) is { } mine) { total += mine.Cents; continue; }
                    var due = target.DueCents(claims.Where(c => isLive(c.BatchId)).Sum(c => c.Cents));
                    if (due == 0) continue;
                    total += due;
                    var updated = row ?? new PayoutLineRow { PartitionKey = providerId, RowKey = target.Key };
                    updated.SetClaims(claims.Append(new PayoutClaim(batchId, due)));
                    changes.Add(row is null
                        ? new TableTransactionAction(TableTransactionActionType.Add, updated)
                        : new TableTransactionAction(TableTransactionActionType.UpdateReplace, updated, row.ETag));
                }
                if (total > 0) actions.AddRange(changes);
            }
            foreach (var chunk in actions.Chunk(TableExtensions.MaxBatchSize)) await Lines.SubmitSinglePartitionAsync(chunk, ct);
        }, ct, Attempts);
    }

    /// <summary>Takes the batch's claims off the provider's rows (a cancelled batch), again and again with one effect.</summary>
    public async Task ReleaseAsync(string batchId, string providerId, CancellationToken ct)
    {
        await OptimisticRetry.RunAsync(async _ =>
        {
            var actions = new List<TableTransactionAction>();
            foreach (var row in (await LinesAsync(providerId, ct)).Values)
            {
                var claims = row.Claims();
                if (claims.RemoveAll(c => c.BatchId == batchId) == 0) continue;
                row.SetClaims(claims);
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag));
            }
            foreach (var chunk in actions.Chunk(TableExtensions.MaxBatchSize)) await Lines.SubmitSinglePartitionAsync(chunk, ct);
        }, ct, Attempts);
    }

    /// <summary>Takes the batch's claims off every provider's rows.</summary>
    public async Task ReleaseAllAsync(string batchId, CancellationToken ct)
    {
        await foreach (var provider in storage.Table(CatalogKeys.ProvidersTable).QueryPartitionAsync<ProviderEntity>(CatalogKeys.ProviderPartition, ct))
            await ReleaseAsync(batchId, provider.RowKey, ct);
    }
}
