using Congress.Platform.Pdf.Layout;

namespace Congress.Platform.Pdf.Blocks;

/// <summary>A piece of content that knows how to lay itself out on the pages.</summary>
internal interface IPdfBlock
{
    void Layout(PdfLayout layout);
}
