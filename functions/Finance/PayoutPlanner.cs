using Congress.Catalog;
using Congress.Events;
using Congress.Platform.Storage;
using Congress.Registrations;
using Microsoft.Extensions.Options;

namespace Congress.Finance;

/// <summary>Why a provider's payment cannot go in a transfer batch.</summary>
public static class PayoutBlocks
{
    public const string NoBankDetails = "no-bank-details";
    public const string BankDetailsUnconfirmed = "bank-details-unconfirmed";
    public const string NotPositive = "not-positive";
}

/// <summary>One registration's share in a planned payment: what it may be paid, what batches hold, what is due now.</summary>
public sealed record DueLine(string RegistrationId, string? Number, string Client, long PurchaseCents, long CommissionCents,
    long OwedCents, long TargetCents, long ClaimedCents, bool Sale, long ModeTargetCents)
{
    public long DueCents => TargetCents - ClaimedCents;
}

/// <summary>What one provider is due for one event under the criteria; blocked payments are shown, never silently skipped.</summary>
public sealed record PlannedPayment(string ProviderId, string ProviderName, string ProviderKind, string EventId, string EventTitle,
    DateOnly EventStart, DateOnly EventEnd, IReadOnlyList<DueLine> Lines, string? Blocked)
{
    public long AmountCents => Lines.Sum(l => l.DueCents);
}

/// <summary>
/// Plans a payout: for the events and providers the criteria name, each share whose date falls in
/// the range gets its target (the mode decides how much of the owed amount may be paid) less what
/// live batches already claimed. Lines already paid or in a batch are therefore never due again.
/// A registration of the selection that pays nothing (not a sale, money not in, already paid out,
/// payment blocked) is listed with its reason, never silently dropped.
/// </summary>
public sealed class PayoutPlanner(StorageAccount storage, EventStore events, CatalogStore catalog, RegistrationDigests digests,
    PayoutLedger ledger, BankDetailsStore bank, IOptions<FinanceOptions> options, TimeProvider time)
{
    /// <summary>The plan; <paramref name="ownBatch"/>'s claims are not counted, so that a batch resumed after a stop plans what it started.</summary>
    public async Task<PayoutPlan> PlanAsync(PayoutCriteria criteria, string method, CancellationToken ct,
        string? ownBatch = null)
    {
        var batches = await ledger.BatchesAsync(ct);
        var lines = new Dictionary<string, Dictionary<string, PayoutLineRow>>(StringComparer.Ordinal);
        var payable = new Dictionary<string, string?>(StringComparer.Ordinal);
        var payments = new List<PlannedPayment>();
        var leftOut = new List<LeftOutFile>();
        foreach (var ev in await EventsAsync(criteria, ct))
        {
            if (await catalog.LoadAsync(ev.RowKey, ct) is not { } form) continue;
            var registrations = await digests.ForEventAsync(ev.RowKey, ct);
            foreach (var provider in form.Providers.Values.Where(criteria.Includes).OrderBy(p => p.Name, StringComparer.CurrentCulture))
            {
                if (!lines.TryGetValue(provider.RowKey, out var rows)) lines[provider.RowKey] = rows = await ledger.LinesAsync(provider.RowKey, ct);
                var due = new List<DueLine>();
                foreach (var digest in registrations.Where(criteria.Includes))
                {
                    var share = ProviderShare.Of(form, digest).FirstOrDefault(s => s.ProviderId == provider.RowKey);
                    if (share is null || !InRange(criteria, ev, share)) continue;
                    var claimed = rows.GetValueOrDefault(PayoutLineRow.KeyFor(ev.RowKey, digest.RowKey))?.Claims()
                        .Where(c => c.BatchId != ownBatch && batches.GetValueOrDefault(c.BatchId)?.Holds != false).Sum(c => c.Cents) ?? 0;
                    var line = new DueLine(digest.RowKey, digest.Number, digest.ContactName, share.PurchaseCents, share.CommissionCents,
                        share.OwedCents, criteria.TargetCents(share, claimed), claimed, ProviderShare.IsSale(share.Status),
                        criteria.ModeTargetCents(share));
                    if (line.DueCents != 0) due.Add(line);
                    else leftOut.Add(LeftOutFile.Of(line, provider, ev.RowKey, ev.Title, LeftOutReasons.Of(line, criteria.Mode!)));
                }
                if (due.Count == 0) continue;
                if (!payable.TryGetValue(provider.RowKey, out var bankBlock))
                    payable[provider.RowKey] = bankBlock = method == PayoutMethods.Transfer ? await BankBlockAsync(provider.RowKey, ct) : null;
                var amount = due.Sum(l => l.DueCents);
                var blocked = amount <= 0 ? PayoutBlocks.NotPositive : bankBlock;
                payments.Add(new PlannedPayment(provider.RowKey, provider.Name, provider.Kind, ev.RowKey, ev.Title, form.StartDate, form.EndDate,
                    due.OrderBy(l => l.Number, StringComparer.Ordinal).ToList(), blocked));
                if (blocked is not null) leftOut.AddRange(due.Select(l => LeftOutFile.Of(l, provider, ev.RowKey, ev.Title, blocked)));
            }
        }
        return new PayoutPlan(payments, leftOut.OrderBy(l => l.EventTitle, StringComparer.CurrentCulture)
            .ThenBy(l => l.Number ?? l.RegistrationId, StringComparer.Ordinal).ThenBy(l => l.ProviderName, StringComparer.CurrentCulture).ToList());
    }

    private async Task<string?> BankBlockAsync(string providerId, CancellationToken ct) => await bank.FindAsync(providerId, ct) switch
    {
        null => PayoutBlocks.NoBankDetails,
        var details when !details.Payable(time.GetUtcNow(), TimeSpan.FromDays(options.Value.BankDetailsCoolingDays)) =>
            PayoutBlocks.BankDetailsUnconfirmed,
        _ => null,
    };

    private async Task<IReadOnlyList<EventEntity>> EventsAsync(PayoutCriteria criteria, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(criteria.EventId))
            return await events.FindAsync(criteria.EventId, ct) is { } one ? [one] : [];
        return await storage.Table(EventsApi.Table).QueryPartitionAsync<EventEntity>(EventEntity.Partition, ct).ToListAsync(ct);
    }

    private static bool InRange(PayoutCriteria criteria, EventEntity ev, ProviderShare share)
    {
        DateOnly? day = criteria.DateCriterion switch
        {
            DateCriteria.StayStart => share.StayStart,
            DateCriteria.StayEnd => share.StayEnd,
            DateCriteria.Created => ev.DayOf(share.CreatedAt),
            _ => share.ConfirmedAt is { } confirmed ? ev.DayOf(confirmed) : null,
        };
        return day is { } d && d >= criteria.From && d <= criteria.To;
    }
}
