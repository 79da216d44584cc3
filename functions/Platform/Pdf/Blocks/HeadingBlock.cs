using Congress.Platform.Pdf.Layout;
using SkiaSharp;

namespace Congress.Platform.Pdf.Blocks;

/// <summary>A heading (level 1 to 3), kept on the same page as the first lines that follow it.</summary>
internal sealed class HeadingBlock(string text, int level) : IPdfBlock
{
    private const float UnderlineGap = 4f;
    private const float LinesKeptWithHeading = 2f;

    public void Layout(PdfLayout layout)
    {
        var wrapped = PdfWrappedText.Wrap(layout.Resources, text, PdfTheme.Heading(level), layout.ContentWidth);
        var underlined = level == 1;
        var height = wrapped.Height + (underlined ? UnderlineGap : 0f);
        layout.Gap(PdfTheme.SpaceBeforeHeading(level));
        layout.KeepTogether(height + LinesKeptWithHeading * PdfTheme.Body.LineHeight);
        layout.Place(height, (canvas, topLeft) =>
        {
            wrapped.Draw(canvas, topLeft);
            if (underlined)
            {
                var y = topLeft.Y + height;
                canvas.DrawLine(topLeft.X, y, topLeft.X + layout.ContentWidth, y, layout.Resources.Stroke(PdfTheme.Accent));
            }
        });
        layout.Gap(PdfTheme.SpaceAfterHeading(level));
    }
}
