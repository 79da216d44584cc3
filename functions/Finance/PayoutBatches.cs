using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;
using Microsoft.Extensions.Options;

namespace Congress.Finance;

/// <summary>The outcome of asking for a batch: made (or found, when the same id was built before), or nothing payable.</summary>
public sealed record PayoutOutcome(PayoutBatchRow? Batch, IReadOnlyList<PlannedPayment> Plan);

/// <summary>The organiser's paying account is missing or invalid: transfers cannot be made.</summary>
public sealed class PayoutsNotConfiguredException(string message) : Exception(message);

/// <summary>
/// Creates payout batches in steps that a stopped run resumes with one effect. Building: plan and
/// claim the due lines. Claimed: the payments are fixed as rows (with the bank details checked and
/// captured then) and nothing more is ever claimed for the batch. Released: the validated SEPA file
/// built from those rows is in the outbox under a dated name, never overwritten (a cheque batch is
/// executed at once instead).
/// </summary>
public sealed class PayoutBatches(StorageAccount storage, PayoutPlanner planner, PayoutLedger ledger, PayoutFile file,
    PayoutNotice notice, BankDetailsStore bank, IOptions<FinanceOptions> options, TimeProvider time, ILogger<PayoutBatches> logger)
{
    private TableClient Table => storage.Table(PayoutBatchRow.Table);

    public static string NewId(string method, DateTimeOffset at) =>
        $"{(method == PayoutMethods.Cheque ? "C" : "P")}{at.UtcDateTime:yyyyMMdd}{Guid.NewGuid():N}"[..21];

    public async Task<PayoutBatchRow?> FindAsync(string batchId, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<PayoutBatchRow>(batchId, PayoutBatchRow.HeaderRow, cancellationToken: ct);
        return row.HasValue ? row.Value : null;
    }

    public async Task<IReadOnlyList<PayoutPaymentRow>> PaymentsAsync(string batchId, CancellationToken ct)
    {
        return await Table.QueryKindAsync<PayoutPaymentRow>(batchId, "pay", ct).ToListAsync(ct);
    }

    public async Task<PayoutOutcome> CreateAsync(string batchId, PayoutCriteria criteria, string method, string? chequeNumber,
        string createdBy, CancellationToken ct)
    {
        var existing = await FindAsync(batchId, ct);
        if (existing is { Status: PayoutStatus.Claimed }) return new PayoutOutcome(await ReleaseAsync(existing, [], ct), []);
        if (existing is { Status: not PayoutStatus.Building }) return new PayoutOutcome(existing, []);
        if (existing is not null)
        {
            // A stopped run resumes what it was asked, whatever a retry asks now.
            criteria = JsonSerializer.Deserialize<PayoutCriteria>(existing.CriteriaJson, JsonDefaults.Options)!;
            (method, chequeNumber) = (existing.Method, existing.ChequeNumber);
        }
        if (method == PayoutMethods.Transfer) file.EnsureConfigured();
        var plan = (await planner.PlanAsync(criteria, method, ct, batchId)).Payments;
        var payable = plan.Where(p => p.Blocked is null).ToList();
        if (payable.Count == 0 && existing is null) return new PayoutOutcome(null, plan);

        var header = existing ?? new PayoutBatchRow
        {
            PartitionKey = batchId, Method = method, CreatedBy = createdBy, CreatedAt = time.GetUtcNow(), ChequeNumber = chequeNumber,
            CriteriaJson = JsonSerializer.Serialize(criteria, JsonDefaults.Options),
        };
        if (existing is null && !await Table.TryAddAsync(header, ct)) return await CreateAsync(batchId, criteria, method, chequeNumber, createdBy, ct);

        var batches = await ledger.BatchesAsync(ct);
        // A batch not yet seen is one being built elsewhere: its claims hold until it is known to be cancelled.
        bool IsLive(string id) => id != batchId && batches.GetValueOrDefault(id)?.Holds != false;
        foreach (var provider in payable.GroupBy(p => p.ProviderId, StringComparer.Ordinal))
            await ledger.ClaimAsync(batchId, provider.Key, provider.SelectMany(p => p.Lines.Select(l =>
                new ClaimTarget(p.EventId, l.RegistrationId, l.Sale, l.OwedCents, l.ModeTargetCents))).ToList(), IsLive, ct);

        var payments = await PaymentsFromClaimsAsync(header, payable, ct);
        foreach (var stale in await PaymentsAsync(batchId, ct))
            await Table.DeleteEntityAsync(stale.PartitionKey, stale.RowKey, stale.ETag, ct);
        if (payments.Count == 0)
        {
            await CancelBuildingAsync(header, ct);
            return new PayoutOutcome(null, plan);
        }
        foreach (var chunk in payments.Chunk(TableExtensions.MaxBatchSize))
            await Table.SubmitSinglePartitionAsync(chunk.Select(p => new TableTransactionAction(TableTransactionActionType.Add, p)).ToList(), ct);
        header.PaymentCount = payments.Count;
        header.TotalCents = payments.Sum(p => p.AmountCents);
        header.ExecutionDate = method == PayoutMethods.Transfer ? file.ExecutionDate(header.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        header.Status = PayoutStatus.Claimed;
        // Cancelled meanwhile (a stalled batch): the ETag refuses the write and nothing is released.
        await SaveAsync(header, ct);
        return new PayoutOutcome(await ReleaseAsync(header, plan.Where(p => p.Blocked is not null).ToList(), ct), plan);
    }

    /// <summary>From claimed to released: the file from the stored payments (transfers), or the cheque paid.</summary>
    private async Task<PayoutBatchRow> ReleaseAsync(PayoutBatchRow header, IReadOnlyList<PlannedPayment> blocked, CancellationToken ct)
    {
        var payments = await PaymentsAsync(header.Id, ct);
        var now = time.GetUtcNow();
        if (header.Method == PayoutMethods.Transfer) header.FileName = await file.DropAsync(header, payments, ct);
        else (header.ExecutedAt, header.ExecutedBy) = (now, header.CreatedBy);
        header.Status = header.Method == PayoutMethods.Cheque ? PayoutStatus.Executed : PayoutStatus.Released;
        await SaveAsync(header, ct);
        if (header.Method == PayoutMethods.Transfer) await notice.SendAsync(header, payments, blocked, ct);
        logger.LogInformation("Payout batch {Batch}: {Count} payments, {Total} cents by {Method}", header.Id, payments.Count, header.TotalCents, header.Method);
        return header;
    }

    /// <summary>
    /// The batch's payments as its claims say (one per provider and event). For transfers the bank
    /// details are read again and captured: details that stopped being payable since the plan take
    /// their provider out of the batch (its claims are released) rather than into the file.
    /// </summary>
    private async Task<List<PayoutPaymentRow>> PaymentsFromClaimsAsync(PayoutBatchRow header, IReadOnlyList<PlannedPayment> payable,
        CancellationToken ct)
    {
        var payments = new List<PayoutPaymentRow>();
        var cooling = TimeSpan.FromDays(options.Value.BankDetailsCoolingDays);
        foreach (var provider in payable.GroupBy(p => p.ProviderId, StringComparer.Ordinal))
        {
            BankDetailsRow? details = null;
            if (header.Method == PayoutMethods.Transfer
                && ((details = await bank.FindAsync(provider.Key, ct)) is null || !details.Payable(time.GetUtcNow(), cooling)))
            {
                await ledger.ReleaseAsync(header.Id, provider.Key, ct);
                continue;
            }
            var rows = await ledger.LinesAsync(provider.Key, ct);
            foreach (var planned in provider)
            {
                var claimed = planned.Lines
                    .Select(l => (l.Number, Claim: rows.GetValueOrDefault(PayoutLineRow.KeyFor(planned.EventId, l.RegistrationId))?.Claims()
                        .FirstOrDefault(c => c.BatchId == header.Id)))
                    .Where(x => x.Claim is not null).ToList();
                var amount = claimed.Sum(x => x.Claim!.Cents);
                if (amount <= 0) continue;
                var index = payments.Count + 1;
                var claims = claimed.Select(x => x.Claim!).ToList();
                var registrations = claimed.Select(x => x.Number).OfType<string>().ToList();
                payments.Add(new PayoutPaymentRow
                {
                    PartitionKey = header.Id, RowKey = PayoutPaymentRow.KeyFor(index), EndToEndId = $"{header.Id}-{index:D5}",
                    ProviderId = planned.ProviderId, ProviderName = planned.ProviderName, EventId = planned.EventId,
                    EventTitle = planned.EventTitle, AmountCents = amount, Registrations = claims.Count,
                    Remittance = Remittance(planned, claims.Count, header.Id, registrations),
                    Iban = details?.Iban, Bic = details?.Bic, AccountHolder = details?.AccountHolder,
                });
            }
        }
        return payments;
    }

    /// <summary>Writes the header on its ETag (a batch cancelled meanwhile refuses the write) and keeps the new one.</summary>
    private async Task SaveAsync(PayoutBatchRow header, CancellationToken ct) =>
        header.ETag = (await Table.UpdateEntityAsync(header, header.ETag, TableUpdateMode.Replace, ct)).Headers.ETag ?? header.ETag;

    /// <summary>A batch that ends with nothing to pay is cancelled and gives back what it claimed, in this run or a stopped one.</summary>
    private async Task CancelBuildingAsync(PayoutBatchRow header, CancellationToken ct)
    {
        (header.Status, header.CancelledAt, header.CancelledBy) = (PayoutStatus.Cancelled, time.GetUtcNow(), header.CreatedBy);
        await SaveAsync(header, ct);
        await ledger.ReleaseAllAsync(header.Id, ct);
    }

    /// <summary>
    /// What the provider reads on its statement: the event, its dates, how many registrations, the batch,
    /// then as many registration numbers as fit (the SEPA text keeps 140 characters).
    /// </summary>
    private static string Remittance(PlannedPayment p, int count, string batchId, IReadOnlyList<string> numbers)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{p.EventTitle} {p.EventStart:dd/MM/yyyy}-{p.EventEnd:dd/MM/yyyy} {count} dossier{(count > 1 ? "s" : "")} lot {batchId}");
        foreach (var number in numbers)
        {
            if (text.Length + number.Length + 1 > Sepa.SepaText.RemittanceMaxLength) break;
            text += " " + number;
        }
        return text;
    }
}
