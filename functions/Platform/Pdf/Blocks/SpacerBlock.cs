using Congress.Platform.Pdf.Layout;

namespace Congress.Platform.Pdf.Blocks;

/// <summary>Extra vertical space between blocks (dropped at the top of a page).</summary>
internal sealed class SpacerBlock(float height) : IPdfBlock
{
    public void Layout(PdfLayout layout) => layout.Gap(height);
}
