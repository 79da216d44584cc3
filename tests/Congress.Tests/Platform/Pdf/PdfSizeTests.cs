using Congress.Platform.Pdf;
using UglyToad.PdfPig;

namespace Congress.Tests.Platform.Pdf;

public class PdfSizeTests
{
    private const int MaxBytes = 150 * 1024;

    [Fact]
    public void ATwoPageDocumentWithBothFontsStaysSmall()
    {
        var characters = string.Concat(Enumerable.Range(0x20, 0x17F - 0x20).Select(c => (char)c)) + "€’“”«»–—…•‰°№";
        var builder = PdfReadBack.NewDocument().Footer("Séminaire Cluster Tourisme en Ville")
            .Heading("Séminaire Cluster Tourisme en Ville — Saint-Étienne")
            .Paragraph(characters)
            .KeyValues(("Nom", "Zoë Lefèvre"), ("Montant", "105,75 €"))
            .Table([new PdfColumn("Nom"), new PdfColumn("Montant", 1f, PdfAlignment.Right)],
                Enumerable.Range(1, 40).Select(i => (IReadOnlyList<string>)[$"Participant {i}", $"{i},00 €"]))
            .QrCode("https://congres.example.fr/checkin/2026-0042", 100f);

        var pdf = PdfReadBack.Render(builder);

        using (var document = PdfDocument.Open(pdf))
            Assert.Equal(2, document.NumberOfPages);
        Assert.True(pdf.Length < MaxBytes, $"{pdf.Length} bytes");
    }
}
