using System.Globalization;
using Congress.Platform.Text;
using Congress.Registrations;

namespace Congress.Finance.Accounting;

/// <summary>
/// The sales journal: a confirmed registration is a sale. The customer is debited with the total
/// incl. VAT; sales are credited per VAT rate with the amount excl. VAT and the VAT collected with
/// the rest. Per rate, VAT is the total incl. minus the sum of the lines' amounts excl. VAT (as the
/// registration's document shows them), so the entry balances to the cent whatever the rounding.
/// </summary>
public static class SalesEntries
{
    public static FecEntry? Of(AccountingOptions options, CustomerRef customer, PricedBasket basket, DateOnly day)
    {
        var lines = new List<FecLine>();
        var total = 0m;
        foreach (var rate in basket.Lines.GroupBy(l => l.VatRate).OrderBy(g => g.Key))
        {
            var incl = rate.Sum(l => Money.ToCents(l.Total)) / 100m;
            var excl = rate.Sum(l => Money.ToCents(l.TotalExcl)) / 100m;
            total += incl;
            var rateText = Rate(rate.Key);
            if (excl != 0) lines.Add(FecLine.Cr(options.Sales, excl, $"Inscription {customer.Piece} HT TVA {rateText} %"));
            if (incl - excl != 0) lines.Add(FecLine.Cr(options.VatCollected, incl - excl, $"TVA collectée {rateText} % inscription {customer.Piece}"));
        }
        // A free registration moves no money: no entry.
        if (total == 0) return null;
        lines.Insert(0, FecLine.Dr(options.Customers, total, $"Inscription {customer.Piece} {customer.Name}", customer.Aux));
        return new FecEntry(options.SalesJournal, day, customer.Piece, lines);
    }

    /// <summary>20 → "20", 5.5 → "5,5".</summary>
    public static string Rate(decimal rate) => rate.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
