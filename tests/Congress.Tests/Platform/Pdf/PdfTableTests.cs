using Congress.Platform.Pdf;

namespace Congress.Tests.Platform.Pdf;

public class PdfTableTests
{
    private const string HeaderRow = "N° | Participant | Montant";

    private static readonly PdfColumn[] Columns =
    [
        new("N°", 0.5f, PdfAlignment.Right),
        new("Participant", 3f),
        new("Montant", 1f, PdfAlignment.Right),
    ];

    [Fact]
    public void ALongTableSpansPagesWithItsHeaderRowAtTheTopOfEveryPage()
    {
        var rows = Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"{i}", $"Participant {i}", $"{i},50 €"]);
        var pdf = PdfReadBack.Render(PdfReadBack.NewDocument().Table(Columns, rows));

        var pages = PdfReadBack.PageLines(pdf);
        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        Assert.All(pages, page => Assert.Equal(HeaderRow, page[0]));
        var bodyRows = pages.SelectMany(page => page.Skip(1).SkipLast(1)).ToList();
        Assert.Equal(Enumerable.Range(1, 120).Select(i => $"{i} | Participant {i} | {i},50 €"), bodyRows);
    }

    [Fact]
    public void RowsAreNeverSplitAcrossPages()
    {
        var rows = Enumerable.Range(1, 80).Select(i => (IReadOnlyList<string>)[$"{i}", $"Participant {i}\nsuite {i}\nfin {i}", "1 €"]);
        var pdf = PdfReadBack.Render(PdfReadBack.NewDocument().Table(Columns, rows));

        var pages = PdfReadBack.PageLines(pdf);
        Assert.True(pages.Count >= 2);
        for (var i = 1; i <= 80; i++)
        {
            var first = pages.FindIndex(page => page.Contains($"{i} | Participant {i} | 1 €"));
            var last = pages.FindIndex(page => page.Contains($"fin {i}"));
            Assert.True(first >= 0 && first == last, $"row {i} starts on page {first + 1} and ends on page {last + 1}");
        }
    }

    [Fact]
    public void AColumnNarrowerThanItsPaddingStillShowsItsText()
    {
        var pdf = PdfReadBack.Render(PdfReadBack.NewDocument().Table([new PdfColumn("A", 0.001f), new PdfColumn("B")], [["xyz", "ok"]]));

        var letters = string.Concat(PdfReadBack.Letters(pdf, 1).Select(l => l.Value));
        Assert.Contains("x", letters);
        Assert.Contains("z", letters);
    }

    [Fact]
    public void ARowWithTheWrongNumberOfCellsIsRefused()
    {
        var builder = PdfReadBack.NewDocument();

        Assert.Throws<ArgumentException>(() => builder.Table(Columns, [["1", "Participant"]]));
    }
}
