using SkiaSharp;

namespace Congress.Platform.Pdf.Layout;

/// <summary>Size (points), weight and colour of a run of text.</summary>
internal readonly record struct PdfTextStyle(float Size, bool Bold, SKColor Color)
{
    public float LineHeight => Size * PdfTheme.LineSpacing;
}
