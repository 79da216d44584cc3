using System.Text;
using Congress.Catalog;
using Congress.Finance.Accounting;
using Congress.Registrations;

namespace Congress.Tests.Finance.Accounting;

/// <summary>The FEC's format (columns, amounts, dates, numbering, clean fields) and the sales entry's rounding.</summary>
public sealed class FecFileTests
{
    private static readonly AccountingOptions Options = new();
    private static readonly DateOnly Day = new(2026, 3, 5);

    private static string[][] Lines(IEnumerable<FecEntry> entries) =>
        Encoding.UTF8.GetString(FecFile.Write(entries)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToArray();

    private static FecEntry Entry(JournalSetting journal, DateOnly day, decimal amount, string label = "x") =>
        FecEntry.Pair(journal, day, "P1", label, amount, Options.Bank, null, Options.Customers, new FecAux("C00000001", "Claire Martin"));

    [Theory]
    [InlineData("1234.5", "1234,50")]
    [InlineData("1234567.89", "1234567,89")]
    [InlineData("0", "0,00")]
    [InlineData("16.92", "16,92")]
    public void AmountsHaveADecimalCommaAndNoThousandsSeparator(string euros, string expected) =>
        Assert.Equal(expected, FecFile.Amount(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void TabsAndLineBreaksInsideAFieldBecomeSpacesSoEveryLineKeeps18Columns()
    {
        var lines = Lines([Entry(Options.BankJournal, Day, 10m, "Règlement\tchèque\r\nMartin\nClaire\r")]);

        Assert.Equal(FecFile.Columns, lines[0]);
        Assert.All(lines, l => Assert.Equal(18, l.Length));
        Assert.Equal("Règlement chèque Martin Claire", lines[1][10]);
        Assert.Equal("a b", FecFile.Field("a\tb"));
    }

    [Fact]
    public void DatesAreYyyyMmDdAndAmountsGoToTheirSide()
    {
        var line = Lines([Entry(Options.BankJournal, Day, 1234.5m)])[1];

        Assert.Equal(("20260305", "20260305", "20260305"), (line[3], line[9], line[15]));
        Assert.Equal(("512000", "1234,50", "0,00"), (line[4], line[11], line[12]));
    }

    [Fact]
    public void ANegativeAmountSwapsDebitAndCredit()
    {
        var lines = Lines([Entry(Options.BankJournal, Day, -30m)]);

        Assert.Equal(("512000", "0,00", "30,00"), (lines[1][4], lines[1][11], lines[1][12]));
        Assert.Equal(("411000", "C00000001", "30,00", "0,00"), (lines[2][4], lines[2][6], lines[2][11], lines[2][12]));
    }

    [Fact]
    public void EntriesAreNumberedInDateOrderWithinEachJournal()
    {
        var lines = Lines([
            Entry(Options.SalesJournal, Day.AddDays(1), 1m), Entry(Options.BankJournal, Day, 1m), Entry(Options.SalesJournal, Day, 1m),
        ]).Skip(1).ToList();

        Assert.Equal(["BQ 000001 20260305", "VT 000001 20260305", "VT 000002 20260306"],
            lines.Select(l => $"{l[0]} {l[2]} {l[3]}").Distinct());
    }

    [Fact]
    public void AnUnbalancedEntryIsNeverWritten()
    {
        var entry = new FecEntry(Options.SalesJournal, Day, "P1", [FecLine.Dr(Options.Customers, 10m, "x"), FecLine.Cr(Options.Sales, 9.99m, "x")]);

        Assert.Throws<InvalidOperationException>(() => FecFile.Write([entry]));
    }

    [Fact]
    public void TheFileIsNamedAfterTheSirenAndTheEndOfThePeriod() =>
        Assert.Equal("123456789FEC20261231.txt", FecFile.Name("123456789", new DateOnly(2026, 12, 31)));

    [Fact]
    public void ASaleBalancesToTheCentWhenRoundingLinesAndTotalsDiffer()
    {
        // Three lines of 1.01 € at 5.5 %: 0.96 € excl. each (2.88 €), while 3.03 € / 1.055 is 2.87 €.
        var basket = Basket(Line(1.01m, 5.5m), Line(1.01m, 5.5m), Line(1.01m, 5.5m), Line(60.00m, 20m));

        var entry = SalesEntries.Of(Options, new CustomerRef("r1", "00000042", "Claire Martin"), basket, Day)!;

        Assert.True(entry.Balanced);
        var customer = Assert.Single(entry.Lines, l => l.Account == Options.Customers);
        Assert.Equal(63.03m, customer.Debit);
        Assert.Equal("C00000042", customer.Aux!.Number);
        Assert.Contains(entry.Lines, l => l.Account == Options.Sales && l.Credit == 2.88m && l.Label.Contains("TVA 5,5 %"));
        Assert.Contains(entry.Lines, l => l.Account == Options.VatCollected && l.Credit == 0.15m && l.Label.Contains("5,5 %"));
        Assert.Contains(entry.Lines, l => l.Account == Options.VatCollected && l.Credit == 10.00m && l.Label.Contains("20 %"));
    }

    [Fact]
    public void AFreeRegistrationMakesNoSale() =>
        Assert.Null(SalesEntries.Of(Options, new CustomerRef("r1", "1", "x"), Basket(Line(0m, 20m)), Day));

    private static PricedLine Line(decimal total, decimal rate) => new(0, "p", "s", new LocalizedText("p", "p"), Day, Day, 1, null, total, total,
        Congress.Platform.Text.Money.Excluding(total, rate), rate, "", [], []);

    private static PricedBasket Basket(params PricedLine[] lines) =>
        new([new PricedGroup("s", new LocalizedText("s", "s"), lines, lines.Sum(l => l.Total))], lines.Sum(l => l.Total),
            lines.Sum(l => l.TotalExcl), lines.Sum(l => l.Total - l.TotalExcl), 0m, []);
}
