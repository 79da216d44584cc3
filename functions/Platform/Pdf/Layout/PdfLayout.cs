using SkiaSharp;

namespace Congress.Platform.Pdf.Layout;

/// <summary>
/// The layout pass: blocks place fixed-height pieces top to bottom and the layout opens a new page
/// when a piece does not fit. Nothing is drawn yet, so the page count is known before the footers
/// ("page X / Y") are drawn.
/// </summary>
internal sealed class PdfLayout(PdfPageSetup page, PdfResources resources)
{
    private readonly List<List<Action<SKCanvas>>> pages = [[]];
    private float cursor;
    private bool breakPending;

    public PdfResources Resources => resources;

    public float ContentWidth => page.ContentWidth;

    public float PageContentHeight => page.ContentHeight;

    public float Remaining => breakPending ? page.ContentHeight : page.ContentHeight - cursor;

    public IReadOnlyList<IReadOnlyList<Action<SKCanvas>>> Pages => pages;

    private bool PageIsEmpty => pages[^1].Count == 0;

    /// <summary>
    /// Continues on a new page. The page is opened by the next piece placed, so that neither a break on
    /// an empty page nor a break at the end of the document leaves a blank page.
    /// </summary>
    public void PageBreak() => breakPending = !PageIsEmpty;

    /// <summary>Moves to the next page if <paramref name="height"/> does not fit on this one.</summary>
    public void KeepTogether(float height)
    {
        if (height > Remaining)
            PageBreak();
    }

    /// <summary>Reserves <paramref name="height"/> points at the current position; the piece is never split.</summary>
    public void Place(float height, Action<SKCanvas, SKPoint> draw)
    {
        KeepTogether(height);
        if (breakPending)
        {
            pages.Add([]);
            cursor = 0f;
            breakPending = false;
        }
        var topLeft = new SKPoint(page.Margins.Left, page.Margins.Top + cursor);
        pages[^1].Add(canvas => draw(canvas, topLeft));
        cursor += height;
    }

    /// <summary>Horizontal offset, from the left of the content box, of a piece <paramref name="width"/> wide.</summary>
    public float Indent(float width, PdfAlignment alignment) => alignment switch
    {
        PdfAlignment.Center => (page.ContentWidth - width) / 2f,
        PdfAlignment.Right => page.ContentWidth - width,
        _ => 0f,
    };

    /// <summary>Vertical space between blocks; dropped at the top of a page.</summary>
    public void Gap(float height)
    {
        if (!PageIsEmpty && !breakPending)
            cursor = Math.Min(cursor + height, page.ContentHeight);
    }
}
