using Congress.Platform.Pdf;

namespace Congress.Tests.Platform.Pdf;

public class PdfConcurrencyTests
{
    [Fact]
    public async Task DocumentsBuiltConcurrentlyAreIdenticalToOneBuiltAlone()
    {
        var expected = PdfReadBack.Render(Sample());

        var rendered = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => PdfReadBack.Render(Sample()))));

        Assert.All(rendered, pdf => Assert.Equal(expected, pdf));
    }

    private static PdfDocumentBuilder Sample() =>
        PdfReadBack.NewDocument()
            .Heading("Séminaire Cluster Tourisme en Ville")
            .Paragraph(string.Join(' ', Enumerable.Repeat("Saint-Étienne, 105,75 € « déjà »", 40)))
            .Table([new PdfColumn("Nom"), new PdfColumn("Montant", 1f, PdfAlignment.Right)],
                Enumerable.Range(1, 60).Select(i => (IReadOnlyList<string>)[$"Participant {i}", $"{i},00 €"]))
            .QrCode("2026-0042", 80f);
}
