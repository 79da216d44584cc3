using Congress.Platform.Pdf;

namespace Congress.Tests.Platform.Pdf;

public class PdfQrCodeTests
{
    [Theory]
    [InlineData("https://congres.example.fr/checkin/2026-0042?k=Zx81", 90f, PdfAlignment.Left)]
    [InlineData("CONGRESS:2026-0042:7f3a9c1e5b2d4f60a8e1c3b5d7f9a2c4e6b8d0f1", 140f, PdfAlignment.Center)]
    public void AQrCodeInThePdfDecodesBackToItsPayload(string payload, float size, PdfAlignment alignment)
    {
        var builder = PdfReadBack.NewDocument()
            .Heading("Votre badge")
            .Paragraph("Présentez ce code à l'accueil.")
            .QrCode(payload, size, alignment)
            .Paragraph("Texte sous le code.");
        var directory = Directory.CreateTempSubdirectory("congress-pdf-qr-");
        try
        {
            var pdfPath = Path.Combine(directory.FullName, "badge.pdf");
            File.WriteAllBytes(pdfPath, PdfReadBack.Render(builder));

            ExternalTool.Run("pdftoppm", "poppler-utils", "-r", "150", "-png", "-f", "1", "-l", "1", pdfPath, Path.Combine(directory.FullName, "page"));
            var png = Assert.Single(Directory.GetFiles(directory.FullName, "page*.png"));
            var decoded = ExternalTool.Run("zbarimg", "zbar-tools", "--raw", "-q", png);

            Assert.Equal(payload, decoded.TrimEnd('\n'));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void AQrCodeIsDrawnAsVectorsNotAsAnImage()
    {
        var pdf = PdfReadBack.Render(PdfReadBack.NewDocument().QrCode("2026-0042", 100f));

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Empty(page.GetImages());
        Assert.NotEmpty(page.Paths);
    }
}
