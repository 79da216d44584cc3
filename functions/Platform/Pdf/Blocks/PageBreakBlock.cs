using Congress.Platform.Pdf.Layout;

namespace Congress.Platform.Pdf.Blocks;

/// <summary>Continues on a new page (unless the current page is still empty).</summary>
internal sealed class PageBreakBlock : IPdfBlock
{
    public void Layout(PdfLayout layout) => layout.PageBreak();
}
