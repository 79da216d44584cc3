using System.Text;
using Congress.Platform.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Congress.Tests.Platform.Pdf;

/// <summary>Builds test documents and reads them back with PdfPig, as a reader of the PDF would see them.</summary>
internal static class PdfReadBack
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 3, 14, 9, 30, 0, TimeSpan.FromHours(1));

    public static PdfDocumentBuilder NewDocument(PdfPageSetup? page = null) =>
        new(new PdfDocumentInfo("Récapitulatif d'inscription", "Office de Tourisme de Saint-Étienne", CreatedAt), page);

    public static byte[] Render(PdfDocumentBuilder builder)
    {
        using var output = new MemoryStream();
        builder.WriteTo(output);
        Assert.True(output.CanWrite, "WriteTo must leave the caller's stream open");
        return output.ToArray();
    }

    /// <summary>The text lines of every page, top to bottom; columns further apart than a space are joined by " | ".</summary>
    public static List<List<string>> PageLines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(Lines).ToList();
    }

    public static List<Letter> Letters(byte[] pdf, int pageNumber)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPage(pageNumber).Letters.ToList();
    }

    private static List<string> Lines(Page page) =>
        page.Letters
            .GroupBy(letter => Math.Round(letter.StartBaseLine.Y))
            .OrderByDescending(line => line.Key)
            .Select(line => Join(line.OrderBy(letter => letter.StartBaseLine.X).ToList()))
            .ToList();

    private static string Join(List<Letter> letters)
    {
        var text = new StringBuilder();
        for (var i = 0; i < letters.Count; i++)
        {
            if (i > 0 && letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X > letters[i].PointSize)
                text.Append(" | ");
            text.Append(letters[i].Value);
        }
        return text.ToString();
    }
}
