using System.Globalization;
using Congress.Catalog;
using Congress.Registrations;

namespace Congress.Finance;

/// <summary>One product line of a provider in a registration, with its commission (the seed's "listing des commissions").</summary>
public sealed record CommissionLine(string ProductId, DateOnly Start, DateOnly End, int Days, decimal Rate, long AmountCents, long CommissionCents);

/// <summary>
/// What one registration bought from one provider: the purchase (what the attendee paid for the
/// provider's products), the commission kept by the organiser and what is owed to the provider.
/// The unit that payouts claim, so that a registration's share is never paid twice.
/// </summary>
public sealed record ProviderShare(
    string EventId, string RegistrationId, string? Number, string Client, string Status, string ProviderId,
    long PurchaseCents, long CommissionCents, IReadOnlyList<CommissionLine> Lines,
    DateOnly? StayStart, DateOnly? StayEnd, DateTimeOffset CreatedAt, DateTimeOffset? ConfirmedAt,
    long RegistrationTotalCents, long RegistrationPaidCents, long RegistrationDepositCents)
{
    public long OwedCents => PurchaseCents - CommissionCents;

    /// <summary>Registrations whose lines are sales: waiting for their payment or confirmed.</summary>
    public static bool IsSale(string status) => status is RegistrationStatus.AwaitingPayment or RegistrationStatus.Confirmed;

    /// <summary>The shares of every provider in the event's registrations that are sales.</summary>
    public static IEnumerable<ProviderShare> ForEvent(EventForm form, IEnumerable<RegistrationDigest> digests) =>
        digests.Where(d => IsSale(d.Status)).SelectMany(d => Of(form, d));

    public static IEnumerable<ProviderShare> Of(EventForm form, RegistrationDigest digest)
    {
        foreach (var group in digest.Lines().Where(l => l.ProviderId.Length > 0).GroupBy(l => l.ProviderId, StringComparer.Ordinal))
        {
            var provider = form.Providers.GetValueOrDefault(group.Key);
            var lines = group.Select(l =>
            {
                var product = form.FindProduct(l.ProductId);
                // Lines priced before rates were kept with them read today's rate.
                var rate = l.CommissionRate ?? Commissions.RateOf(product, provider);
                var (start, end, days) = Period(l, product);
                return new CommissionLine(l.ProductId, start, end, days, rate, l.TotalCents, Commissions.OfCents(l.TotalCents, rate));
            }).ToList();
            yield return new ProviderShare(form.EventId, digest.RowKey, digest.Number, digest.ContactName, digest.Status, group.Key,
                lines.Sum(l => l.AmountCents), lines.Sum(l => l.CommissionCents), lines, Day(digest.Start), Day(digest.End),
                digest.CreatedAt, digest.ConfirmedAt, digest.TotalCents, digest.PaidCents, digest.DepositCents);
        }
    }

    /// <summary>Rooms count their nights; other products the days they cover.</summary>
    private static (DateOnly Start, DateOnly End, int Days) Period(DigestLine line, Product? product)
    {
        if (Day(line.Arrival) is { } arrival && Day(line.Departure) is { } departure)
            return (arrival, departure, departure.DayNumber - arrival.DayNumber);
        var start = product?.Start ?? DateOnly.MinValue;
        var end = product?.End ?? start;
        return (start, end, end.DayNumber - start.DayNumber + 1);
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
