using Congress.Platform.Pdf.Layout;
using SkiaSharp;

namespace Congress.Platform.Pdf.Blocks;

/// <summary>
/// An encoded image (PNG, JPEG), drawn at its natural size (one pixel = 1/96 inch) or smaller: never
/// wider than <paramref name="maxWidth"/> or the content box, never taller than a page.
/// JPEG data is embedded as it is.
/// </summary>
internal sealed class ImageBlock(byte[] encoded, SKSizeI pixels, float maxWidth, PdfAlignment alignment) : IPdfBlock
{
    private const float PointsPerPixel = 72f / 96f;

    public void Layout(PdfLayout layout)
    {
        var width = Math.Min(Math.Min(maxWidth, layout.ContentWidth), pixels.Width * PointsPerPixel);
        var height = width * pixels.Height / pixels.Width;
        if (height > layout.PageContentHeight)
        {
            width *= layout.PageContentHeight / height;
            height = layout.PageContentHeight;
        }
        var indent = layout.Indent(width, alignment);
        layout.Place(height, (canvas, topLeft) =>
        {
            using var image = SKImage.FromEncodedData(encoded);
            canvas.DrawImage(image, SKRect.Create(topLeft.X + indent, topLeft.Y, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        });
        layout.Gap(PdfTheme.BlockGap);
    }
}
