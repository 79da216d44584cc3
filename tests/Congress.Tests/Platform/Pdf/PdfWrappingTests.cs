using Congress.Platform.Pdf;
using Congress.Platform.Pdf.Layout;

namespace Congress.Tests.Platform.Pdf;

public class PdfWrappingTests
{
    private static readonly string LongText = string.Join(' ', Enumerable.Range(1, 120).Select(i => $"mot{i}"));

    [Fact]
    public void ALongParagraphWrapsInsideTheMarginsAndKeepsEveryWordInOrder()
    {
        var pdf = PdfReadBack.Render(PdfReadBack.NewDocument().Paragraph(LongText));

        var lines = PdfReadBack.PageLines(pdf)[0].SkipLast(1).ToList();
        Assert.True(lines.Count >= 5, $"expected the paragraph on several lines, got {lines.Count}");
        Assert.Equal(LongText, string.Join(' ', lines));
        AssertInsideMargins(pdf);
    }

    [Fact]
    public void AWordWiderThanThePageIsBrokenAcrossLines()
    {
        var word = string.Concat(Enumerable.Repeat("abcdefghij", 30));
        var pdf = PdfReadBack.Render(PdfReadBack.NewDocument().Paragraph(word));

        var lines = PdfReadBack.PageLines(pdf)[0].SkipLast(1).ToList();
        Assert.True(lines.Count >= 2);
        Assert.Equal(word, string.Concat(lines));
        AssertInsideMargins(pdf);
    }

    [Fact]
    public void TableCellsAndValuesWrapInsideTheMargins()
    {
        var text = string.Join(' ', Enumerable.Repeat("Communauté d'agglomération Saint-Étienne Métropole", 6));
        var builder = PdfReadBack.NewDocument()
            .KeyValues(("Organisme", text))
            .Table([new PdfColumn("Nom"), new PdfColumn("Organisme", 2f)], [["Zoë", text]]);

        AssertInsideMargins(PdfReadBack.Render(builder));
    }

    [Fact]
    public void FrenchGuillemetsAndPunctuationStayWithTheirWords()
    {
        using var resources = new PdfResources();
        var font = resources.Font(PdfTheme.Body);
        var text = string.Join(' ', Enumerable.Repeat("le séminaire « Cluster » : prix 105,75 € !", 20));

        var lines = PdfTextWrapper.Wrap(font, text, 150f);

        Assert.True(lines.Count > 10);
        Assert.All(lines, line =>
        {
            Assert.False(line.EndsWith('«'), line);
            Assert.False(line.StartsWith('»') || line.StartsWith(':') || line.StartsWith('€') || line.StartsWith('!'), line);
            Assert.True(font.MeasureText(line) <= 150f, line);
        });
    }

    private static void AssertInsideMargins(byte[] pdf)
    {
        var margins = PdfMargins.Default;
        var right = PdfPageSetup.A4Portrait.Width - margins.Right;
        Assert.All(PdfReadBack.Letters(pdf, 1), letter =>
        {
            Assert.True(letter.StartBaseLine.X >= margins.Left - 0.01, $"'{letter.Value}' starts at {letter.StartBaseLine.X}");
            Assert.True(letter.EndBaseLine.X <= right + 0.01, $"'{letter.Value}' ends at {letter.EndBaseLine.X} > {right}");
        });
    }
}
