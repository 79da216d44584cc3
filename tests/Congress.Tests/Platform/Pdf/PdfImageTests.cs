using Congress.Platform.Pdf;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Congress.Tests.Platform.Pdf;

public class PdfImageTests
{
    [Theory]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    public void AnImageIsDrawnNoWiderThanItsMaximumWidthAndKeepsItsProportions(SKEncodedImageFormat format)
    {
        var pdf = PdfReadBack.Render(PdfReadBack.NewDocument().Image(Encoded(800, 200, format), maxWidth: 150f, PdfAlignment.Right));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var bounds = Assert.Single(page.GetImages()).BoundingBox;
        Assert.Equal(150, bounds.Width, 0.5);
        Assert.Equal(37.5, bounds.Height, 0.5);
        Assert.Equal(page.Width - PdfMargins.Default.Right, bounds.Right, 0.5);
    }

    [Fact]
    public void BytesThatAreNotAnImageAreRefused()
    {
        var builder = PdfReadBack.NewDocument();

        Assert.Throws<ArgumentException>(() => builder.Image("not an image"u8.ToArray(), 100f));
    }

    private static byte[] Encoded(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
            canvas.Clear(SKColors.SteelBlue);
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
