using Congress.Platform.Pdf.Blocks;
using Congress.Platform.Pdf.Layout;
using SkiaSharp;

namespace Congress.Platform.Pdf;

/// <summary>
/// Describes a document as a sequence of blocks, then lays it out and writes it as PDF. Sizes are in
/// points (1/72 inch). Text is drawn with the bundled DejaVu Sans subset; characters it lacks show as '?'.
/// A builder is used by one thread; any number of documents can be built concurrently.
/// </summary>
public sealed class PdfDocumentBuilder(PdfDocumentInfo info, PdfPageSetup? pageSetup = null)
{
    private readonly PdfPageSetup page = pageSetup ?? PdfPageSetup.A4Portrait;
    private readonly List<IPdfBlock> blocks = [];
    private string? footerText;

    /// <summary>A heading, level 1 (document title) to 3.</summary>
    public PdfDocumentBuilder Heading(string text, int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        return Add(new HeadingBlock(PdfFonts.Sanitize(text), level));
    }

    /// <summary>Wrapped text; line feeds start new lines.</summary>
    public PdfDocumentBuilder Paragraph(string text, PdfParagraphStyle style = PdfParagraphStyle.Normal) =>
        Add(new ParagraphBlock(PdfFonts.Sanitize(text), style));

    /// <summary>Label / value pairs in two columns (a registration's details, an attendee's contact).</summary>
    public PdfDocumentBuilder KeyValues(params IEnumerable<(string Label, string Value)> pairs)
    {
        var sanitized = pairs.Select(p => (PdfFonts.Sanitize(p.Label), PdfFonts.Sanitize(p.Value))).ToList();
        return sanitized.Count == 0 ? this : Add(new KeyValuesBlock(sanitized));
    }

    /// <summary>A table paginated by rows, its header row repeated on every page; each row has one cell per column.</summary>
    public PdfDocumentBuilder Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentOutOfRangeException.ThrowIfZero(columns.Count, nameof(columns));
        var sanitizedColumns = columns.Select(c => new PdfColumn(PdfFonts.Sanitize(c.Header), c.RelativeWidth, c.Alignment)).ToList();
        var sanitizedRows = new List<IReadOnlyList<string>>();
        foreach (var row in rows)
        {
            if (row.Count != columns.Count)
                throw new ArgumentException($"Row {sanitizedRows.Count} has {row.Count} cells for {columns.Count} columns.", nameof(rows));
            sanitizedRows.Add(row.Select(PdfFonts.Sanitize).ToList());
        }
        return Add(new TableBlock(sanitizedColumns, sanitizedRows));
    }

    /// <summary>An encoded image (PNG or JPEG) at most <paramref name="maxWidth"/> points wide.</summary>
    public PdfDocumentBuilder Image(byte[] encoded, float maxWidth, PdfAlignment alignment = PdfAlignment.Left)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWidth);
        var info = SKBitmap.DecodeBounds(encoded);
        if (info.Width <= 0 || info.Height <= 0)
            throw new ArgumentException("Not a PNG or JPEG image.", nameof(encoded));
        return Add(new ImageBlock(encoded, new SKSizeI(info.Width, info.Height), maxWidth, alignment));
    }

    /// <summary>A QR code of <paramref name="payload"/> whose symbol is <paramref name="size"/> points square.</summary>
    public PdfDocumentBuilder QrCode(string payload, float size, PdfAlignment alignment = PdfAlignment.Left)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        return Add(new QrCodeBlock(payload, size, alignment));
    }

    /// <summary>Extra vertical space; dropped at the top of a page.</summary>
    public PdfDocumentBuilder Spacer(float height)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        return Add(new SpacerBlock(height));
    }

    /// <summary>Continues on a new page (no blank page if the current one is still empty).</summary>
    public PdfDocumentBuilder PageBreak() => Add(new PageBreakBlock());

    /// <summary>Text shown on the left of every page's footer, next to "page / pages"; cut with an ellipsis if too long.</summary>
    public PdfDocumentBuilder Footer(string text)
    {
        footerText = PdfFonts.Sanitize(text);
        return this;
    }

    /// <summary>Lays the blocks out, then writes the PDF to <paramref name="output"/> (left open).</summary>
    public void WriteTo(Stream output)
    {
        using var resources = new PdfResources();
        var layout = new PdfLayout(page, resources);
        foreach (var block in blocks)
            block.Layout(layout);

        using var document = SKDocument.CreatePdf(output, Metadata())
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            var canvas = document.BeginPage(page.Width, page.Height);
            foreach (var draw in layout.Pages[i])
                draw(canvas);
            PdfFooter.Draw(canvas, resources, page, footerText, i + 1, layout.Pages.Count);
            document.EndPage();
        }
        document.Close();
    }

    private PdfDocumentBuilder Add(IPdfBlock block)
    {
        blocks.Add(block);
        return this;
    }

    private SKDocumentPdfMetadata Metadata() => new()
    {
        Title = info.Title,
        Author = info.Author,
        Creator = "Congress",
        Creation = info.CreatedAt.UtcDateTime,
        Modified = info.CreatedAt.UtcDateTime,
    };
}
