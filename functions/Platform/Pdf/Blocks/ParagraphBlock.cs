using Congress.Platform.Pdf.Layout;

namespace Congress.Platform.Pdf.Blocks;

/// <summary>Wrapped text; it may continue on the next page, but never leaves a single first line behind.</summary>
internal sealed class ParagraphBlock(string text, PdfParagraphStyle style) : IPdfBlock
{
    public void Layout(PdfLayout layout)
    {
        var textStyle = style switch
        {
            PdfParagraphStyle.Bold => PdfTheme.BodyBold,
            PdfParagraphStyle.Small => PdfTheme.Small,
            _ => PdfTheme.Body,
        };
        var wrapped = PdfWrappedText.Wrap(layout.Resources, text, textStyle, layout.ContentWidth);
        var lineHeight = textStyle.LineHeight;
        layout.KeepTogether(Math.Min(2, wrapped.Lines.Count) * lineHeight);
        for (var i = 0; i < wrapped.Lines.Count; i++)
        {
            var line = i;
            layout.Place(lineHeight, (canvas, topLeft) => wrapped.DrawLine(canvas, line, topLeft));
        }
        layout.Gap(PdfTheme.BlockGap);
    }
}
