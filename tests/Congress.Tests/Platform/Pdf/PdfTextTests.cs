using Congress.Platform.Pdf;
using UglyToad.PdfPig;

namespace Congress.Tests.Platform.Pdf;

public class PdfTextTests
{
    private const string French = "Séminaire Cluster Tourisme en Ville — Saint-Étienne, 105,75 € « déjà » œ";

    [Fact]
    public void FrenchAccentsAndTypographyRoundTrip()
    {
        var pdf = PdfReadBack.Render(PdfReadBack.NewDocument().Heading(French, level: 3).Paragraph(French));

        var lines = PdfReadBack.PageLines(pdf)[0];
        Assert.Equal(2, lines.Count(line => line == French));
    }

    [Fact]
    public void TextIsDrawnWithTheBundledRegularAndBoldTypefaces()
    {
        var pdf = PdfReadBack.Render(PdfReadBack.NewDocument().Heading("Titre").Paragraph("Corps"));

        var fonts = PdfReadBack.Letters(pdf, 1).Where(l => l.Value != " ").Select(l => l.FontName).Distinct().ToList();
        Assert.Contains(fonts, name => name != null && name.EndsWith("DejaVuSans-Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, name => name != null && name.EndsWith("DejaVuSans", StringComparison.Ordinal));
    }

    [Fact]
    public void CharactersOutsideTheFontBecomeQuestionMarksInsteadOfVanishing()
    {
        var pdf = PdfReadBack.Render(PdfReadBack.NewDocument().Paragraph("Zoë 李小龍 😀 Ωmega \uD800x"));

        Assert.Equal("Zoë ??? ? ?mega ?x", PdfReadBack.PageLines(pdf)[0][0]);
    }

    [Fact]
    public void DecomposedAccentsAreComposedAndControlCharactersDropped()
    {
        var pdf = PdfReadBack.Render(PdfReadBack.NewDocument().Paragraph("Saint-E\u0301tienne\u200B\u0007\tok"));

        Assert.Equal("Saint-Étienne ok", PdfReadBack.PageLines(pdf)[0][0]);
    }

    [Fact]
    public void MetadataComesFromTheCallerNotTheClock()
    {
        var pdf = PdfReadBack.Render(PdfReadBack.NewDocument().Paragraph("x"));

        using var document = PdfDocument.Open(pdf);
        Assert.Equal("Récapitulatif d'inscription", document.Information.Title);
        Assert.Equal("Office de Tourisme de Saint-Étienne", document.Information.Author);
        Assert.Equal(PdfReadBack.CreatedAt, document.Information.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void LandscapePagesAreWiderThanTall()
    {
        var pdf = PdfReadBack.Render(PdfReadBack.NewDocument(PdfPageSetup.A4Landscape).Paragraph("x"));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Equal((842, 595), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)));
    }

    [Fact]
    public void AMissingFontFailsLoudlyWithItsPath()
    {
        var directory = Path.Combine(Path.GetTempPath(), "no-fonts-here");

        var error = Assert.Throws<FileNotFoundException>(() => PdfTypefaces.LoadFrom(directory));
        Assert.Contains(Path.Combine(directory, "DejaVuSans-Latin.ttf"), error.Message);
    }

    [Fact]
    public void TheBundledFontsAreCopiedToTheOutputAndLoad()
    {
        PdfFonts.EnsureLoaded();

        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Platform", "Pdf", "Fonts", "DejaVuSans-Bold-Latin.ttf")));
    }
}
