using Congress.Platform.Pdf;

namespace Congress.Tests.Platform.Pdf;

public class PdfFooterTests
{
    [Fact]
    public void EveryPageShowsItsNumberOutOfTheTotalAndTheFooterText()
    {
        var builder = PdfReadBack.NewDocument().Footer("Séminaire Cluster Tourisme en Ville")
            .Paragraph("Première page").PageBreak()
            .Paragraph("Deuxième page").PageBreak()
            .Paragraph("Troisième page");

        var pages = PdfReadBack.PageLines(PdfReadBack.Render(builder));

        Assert.Equal(3, pages.Count);
        for (var i = 0; i < pages.Count; i++)
            Assert.Equal($"Séminaire Cluster Tourisme en Ville | {i + 1} / 3", pages[i][^1]);
    }

    [Fact]
    public void ALongFooterTextIsCutWithAnEllipsisBeforeThePageNumber()
    {
        var builder = PdfReadBack.NewDocument().Footer(string.Concat(Enumerable.Repeat("Très long pied de page ", 30))).Paragraph("x");

        var footer = PdfReadBack.PageLines(PdfReadBack.Render(builder))[0][^1];

        Assert.Matches("^Très long pied de page .*… \\| 1 / 1$", footer);
    }

    [Fact]
    public void PageBreaksNeverLeaveABlankPage()
    {
        var builder = PdfReadBack.NewDocument().PageBreak().Paragraph("Seule page").PageBreak().PageBreak();

        var pages = PdfReadBack.PageLines(PdfReadBack.Render(builder));

        Assert.Equal([["Seule page", "1 / 1"]], pages);
    }
}
