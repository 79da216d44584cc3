using Congress.Catalog;
using Congress.Registrations;

namespace Congress.Finance;

/// <summary>One provider's line of the follow-up (the seed's "suivi de gestion fournisseurs").</summary>
public sealed record ProviderFollowUpRow(string ProviderId, string Name, string Kind, decimal PaidOut, decimal Purchase,
    decimal Commission, decimal Remaining, decimal InProgress);

/// <summary>What the attendees owe: payments received, sales, what is left to pay.</summary>
public sealed record ClientFollowUp(int Registrations, decimal Payments, decimal Sales, decimal Remaining);

/// <summary>One line of the commission listing: the period of a product line, its provider, days, commission and rate.</summary>
public sealed record CommissionEntry(string RegistrationId, string? Number, string ProviderId, string ProviderName, string ProductId,
    DateOnly From, DateOnly To, int Days, decimal Amount, decimal Commission, decimal Rate);

public sealed record FollowUpView(ClientFollowUp Client, IReadOnlyList<ProviderFollowUpRow> Providers, ProviderFollowUpRow Totals,
    decimal Margin, decimal MarginPercent, decimal MarginAndCommission, IReadOnlyList<CommissionEntry> Commissions);

/// <summary>
/// Sales, purchases, commissions and payouts of an event (or of one registration) per provider.
/// Purchases are what attendees paid for the provider's products; the margin is what sales hold
/// beyond purchases (products sold by the organiser itself); paid out and in progress come from
/// the payout batches' claims.
/// </summary>
public static class ProviderFollowUp
{
    public static FollowUpView Build(EventForm form, IReadOnlyList<RegistrationDigest> digests, IReadOnlyList<PayoutLineRow> claims,
        IReadOnlyDictionary<string, PayoutBatchRow> batches)
    {
        var sales = digests.Where(d => ProviderShare.IsSale(d.Status)).ToList();
        var shares = sales.SelectMany(d => ProviderShare.Of(form, d)).ToList();
        var byProvider = shares.ToLookup(s => s.ProviderId);
        var claimsByProvider = claims.GroupBy(r => r.PartitionKey).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var providerIds = byProvider.Select(g => g.Key).Union(claimsByProvider.Keys).Distinct(StringComparer.Ordinal);
        var rows = new List<ProviderFollowUpRow>();
        foreach (var providerId in providerIds)
        {
            var provider = form.Providers.GetValueOrDefault(providerId);
            long paid = 0, inProgress = 0;
            foreach (var claim in claimsByProvider.GetValueOrDefault(providerId, []).SelectMany(r => r.Claims()))
            {
                var status = batches.GetValueOrDefault(claim.BatchId)?.Status;
                if (status == PayoutStatus.Executed) paid += claim.Cents;
                else if (status != PayoutStatus.Cancelled) inProgress += claim.Cents;
            }
            var purchase = byProvider[providerId].Sum(s => s.PurchaseCents);
            var commission = byProvider[providerId].Sum(s => s.CommissionCents);
            rows.Add(new ProviderFollowUpRow(providerId, provider?.Name ?? providerId, provider?.Kind ?? "", Euros(paid), Euros(purchase),
                Euros(commission), Euros(purchase - commission - paid - inProgress), Euros(inProgress)));
        }
        rows = rows.OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var totals = new ProviderFollowUpRow("", "", "", rows.Sum(r => r.PaidOut), rows.Sum(r => r.Purchase), rows.Sum(r => r.Commission),
            rows.Sum(r => r.Remaining), rows.Sum(r => r.InProgress));
        var salesTotal = Euros(sales.Sum(d => d.TotalCents));
        var paidIn = Euros(sales.Sum(d => d.PaidCents));
        var margin = salesTotal - totals.Purchase;
        return new FollowUpView(new ClientFollowUp(sales.Count, paidIn, salesTotal, salesTotal - paidIn), rows, totals, margin,
            salesTotal == 0 ? 0 : Math.Round(margin * 100m / salesTotal, 2), margin + totals.Commission, Listing(form, shares, null, null, null));
    }

    /// <summary>The commission lines (rate above zero) whose period meets the range, for one provider or all.</summary>
    public static IReadOnlyList<CommissionEntry> Listing(EventForm form, IEnumerable<ProviderShare> shares, DateOnly? from, DateOnly? to,
        string? providerId) =>
        shares.Where(s => providerId is null || s.ProviderId == providerId)
            .SelectMany(s => s.Lines.Where(l => l.Rate > 0 && (from is null || l.End >= from) && (to is null || l.Start <= to))
                .Select(l => new CommissionEntry(s.RegistrationId, s.Number, s.ProviderId, form.Providers.GetValueOrDefault(s.ProviderId)?.Name ?? s.ProviderId,
                    l.ProductId, l.Start, l.End, l.Days, Euros(l.AmountCents), Euros(l.CommissionCents), l.Rate)))
            .OrderBy(e => e.From).ThenBy(e => e.ProviderName, StringComparer.CurrentCulture).ThenBy(e => e.Number, StringComparer.Ordinal)
            .ToList();

    private static decimal Euros(long cents) => cents / 100m;
}
