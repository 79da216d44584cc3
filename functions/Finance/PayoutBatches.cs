using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.Finance;

/// <summary>The outcome of asking for a batch: made (or found, when the same id was built before), or nothing payable.</summary>
public sealed record PayoutOutcome(PayoutBatchRow? Batch, IReadOnlyList<PlannedPayment> Plan);

/// <summary>
/// Creates payout batches: plans, claims the due lines for the batch, writes its payments and, for
/// transfers, drops the validated SEPA file in the outbox under a dated name that is never
/// overwritten; cheques are recorded as paid at once. Every step can run again with one effect: a
/// batch id is taken once, a stopped run is resumed by the next one with the same id.
/// </summary>
public sealed class PayoutBatches(StorageAccount storage, PayoutPlanner planner, PayoutLedger ledger, PayoutFile file,
    PayoutNotice notice, TimeProvider time, ILogger<PayoutBatches> logger)
{
    private TableClient Table => storage.Table(PayoutBatchRow.Table);

    public static string NewId(string method, DateTimeOffset at) =>
        $"{(method == PayoutMethods.Cheque ? "C" : "P")}{at.UtcDateTime:yyyyMMddHHmmss}{Random.Shared.Next(0x10000):X4}";

    public async Task<PayoutBatchRow?> FindAsync(string batchId, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<PayoutBatchRow>(batchId, PayoutBatchRow.HeaderRow, cancellationToken: ct);
        return row.HasValue ? row.Value : null;
    }

    public async Task<IReadOnlyList<PayoutPaymentRow>> PaymentsAsync(string batchId, CancellationToken ct)
    {
        var prefix = "pay|";
        var end = "pay}";
        return await Table.QueryAsync<PayoutPaymentRow>(
            TableClient.CreateQueryFilter($"PartitionKey eq {batchId} and RowKey ge {prefix} and RowKey lt {end}"), cancellationToken: ct)
            .ToListAsync(ct);
    }

    public async Task<PayoutOutcome> CreateAsync(string batchId, PayoutCriteria criteria, string method, string? chequeNumber,
        string createdBy, CancellationToken ct)
    {
        if (await FindAsync(batchId, ct) is { Status: not PayoutStatus.Building } done) return new PayoutOutcome(done, []);
        var plan = await planner.PlanAsync(criteria, method, ct, batchId);
        var payable = plan.Where(p => p.Blocked is null).ToList();
        if (payable.Count == 0) return new PayoutOutcome(null, plan);

        var now = time.GetUtcNow();
        var header = new PayoutBatchRow
        {
            PartitionKey = batchId, Method = method, CreatedBy = createdBy, CreatedAt = now, ChequeNumber = chequeNumber,
            CriteriaJson = JsonSerializer.Serialize(criteria, JsonDefaults.Options),
        };
        if (!await Table.TryAddAsync(header, ct)) header = (await FindAsync(batchId, ct))!;
        if (header.Status != PayoutStatus.Building) return new PayoutOutcome(header, plan);

        var batches = await ledger.BatchesAsync(ct);
        // A batch not yet seen is one being built elsewhere: its claims hold until it is known to be cancelled.
        bool IsLive(string id) => id != batchId && batches.GetValueOrDefault(id)?.Holds != false;
        foreach (var provider in payable.GroupBy(p => p.ProviderId, StringComparer.Ordinal))
            await ledger.ClaimAsync(batchId, provider.Key,
                provider.SelectMany(p => p.Lines.Select(l => new ClaimTarget(p.EventId, l.RegistrationId, l.TargetCents))).ToList(), IsLive, ct);

        var payments = await PaymentsFromClaimsAsync(header, payable, ct);
        if (payments.Count == 0) return new PayoutOutcome(null, plan);
        if (method == PayoutMethods.Transfer)
        {
            header.ExecutionDate = file.ExecutionDate(header.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            header.FileName = await file.DropAsync(header, payments, ct);
        }
        foreach (var chunk in payments.Chunk(TableExtensions.MaxBatchSize))
            await Table.SubmitSinglePartitionAsync(chunk.Select(p => new TableTransactionAction(TableTransactionActionType.UpsertReplace, p)).ToList(), ct);
        header.PaymentCount = payments.Count;
        header.TotalCents = payments.Sum(p => p.AmountCents);
        header.Status = method == PayoutMethods.Cheque ? PayoutStatus.Executed : PayoutStatus.Released;
        if (method == PayoutMethods.Cheque) (header.ExecutedAt, header.ExecutedBy) = (now, createdBy);
        await Table.UpdateEntityAsync(header, header.ETag, TableUpdateMode.Replace, ct);
        if (method == PayoutMethods.Transfer) await notice.SendAsync(header, payments, plan.Where(p => p.Blocked is not null).ToList(), ct);
        logger.LogInformation("Payout batch {Batch}: {Count} payments, {Total} cents by {Method}", batchId, payments.Count, header.TotalCents, method);
        return new PayoutOutcome(header, plan);
    }

    /// <summary>The batch's payments as its claims say (one per provider and event), so a resumed run finds the same ones.</summary>
    private async Task<List<PayoutPaymentRow>> PaymentsFromClaimsAsync(PayoutBatchRow header, IReadOnlyList<PlannedPayment> payable,
        CancellationToken ct)
    {
        var payments = new List<PayoutPaymentRow>();
        foreach (var provider in payable.GroupBy(p => p.ProviderId, StringComparer.Ordinal))
        {
            var rows = await ledger.LinesAsync(provider.Key, ct);
            foreach (var planned in provider)
            {
                var claims = rows.Where(r => r.Key.StartsWith(planned.EventId + "|", StringComparison.Ordinal))
                    .Select(r => r.Value.Claims().FirstOrDefault(c => c.BatchId == header.Id)).OfType<PayoutClaim>().ToList();
                var amount = claims.Sum(c => c.Cents);
                if (amount <= 0) continue;
                var index = payments.Count + 1;
                payments.Add(new PayoutPaymentRow
                {
                    PartitionKey = header.Id, RowKey = PayoutPaymentRow.KeyFor(index), EndToEndId = $"{header.Id}-{index:D5}",
                    ProviderId = planned.ProviderId, ProviderName = planned.ProviderName, EventId = planned.EventId,
                    EventTitle = planned.EventTitle, AmountCents = amount, Registrations = claims.Count,
                    Remittance = Remittance(planned, claims.Count, header.Id),
                });
            }
        }
        return payments;
    }

    /// <summary>What the provider reads on its statement: the event, its dates, how many registrations, the batch.</summary>
    private static string Remittance(PlannedPayment p, int registrations, string batchId) => string.Create(CultureInfo.InvariantCulture,
        $"{p.EventTitle} {p.EventStart:dd/MM/yyyy}-{p.EventEnd:dd/MM/yyyy} {registrations} dossier{(registrations > 1 ? "s" : "")} lot {batchId}");
}
