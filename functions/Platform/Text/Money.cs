namespace Congress.Platform.Text;

/// <summary>Euros as decimals in the code, cents where a store or Stripe wants integers.</summary>
public static class Money
{
    public static long ToCents(decimal euros) => (long)Math.Round(euros * 100m, MidpointRounding.AwayFromZero);

    /// <summary>The amount excluding VAT, rounded to the cent: what the seed shows as "HT".</summary>
    public static decimal Excluding(decimal incl, decimal vatRate) =>
        Math.Round(incl / (1 + vatRate / 100m), 2, MidpointRounding.AwayFromZero);
}
