using System.Globalization;

namespace Congress.Catalog;

/// <summary>
/// The organiser's share of a provider's sales: the product's own rate when staff set one, else the
/// provider's. Computed on the amount incl. VAT the attendee paid and rounded to the cent, half away
/// from zero (the seed's hotel: 211.50 € at 8 % → 16.92 €). The rate is taken when a line is priced
/// and kept with it, so a later change of rate never rewrites what was sold.
/// </summary>
public static class Commissions
{
    public static decimal RateOf(Product? product, ProviderEntity? provider) => product?.CommissionPercent ?? ProviderRate(provider);

    public static decimal ProviderRate(ProviderEntity? provider) =>
        provider is not null && decimal.TryParse(provider.CommissionPercent, NumberStyles.Number, CultureInfo.InvariantCulture, out var rate)
            ? rate : 0m;

    public static long OfCents(long amountCents, decimal ratePercent) =>
        (long)Math.Round(amountCents * ratePercent / 100m, MidpointRounding.AwayFromZero);
}
