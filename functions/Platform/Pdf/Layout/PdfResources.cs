using SkiaSharp;

namespace Congress.Platform.Pdf.Layout;

/// <summary>
/// Fonts and paints of one document. SKFont and SKPaint are mutable and not thread-safe, so each
/// document owns its own set, built on the shared typefaces.
/// </summary>
internal sealed class PdfResources : IDisposable
{
    private readonly Dictionary<(float Size, bool Bold), SKFont> fonts = [];
    private readonly Dictionary<SKColor, SKPaint> fills = [];
    private readonly Dictionary<SKColor, SKPaint> strokes = [];

    public SKFont Font(PdfTextStyle style)
    {
        if (!fonts.TryGetValue((style.Size, style.Bold), out var font))
        {
            font = new SKFont(style.Bold ? PdfFonts.Bold : PdfFonts.Regular, style.Size)
            {
                // Vector output: metrics must not be snapped to a pixel grid.
                LinearMetrics = true,
                Subpixel = true,
                Hinting = SKFontHinting.None,
            };
            fonts.Add((style.Size, style.Bold), font);
        }
        return font;
    }

    public float Measure(string text, PdfTextStyle style) => Font(style).MeasureText(text);

    public SKPaint Fill(SKColor color) => Paint(fills, color, SKPaintStyle.Fill);

    public SKPaint Stroke(SKColor color) => Paint(strokes, color, SKPaintStyle.Stroke);

    public void Dispose()
    {
        foreach (var disposable in fonts.Values.Concat<IDisposable>(fills.Values).Concat(strokes.Values))
            disposable.Dispose();
    }

    private static SKPaint Paint(Dictionary<SKColor, SKPaint> paints, SKColor color, SKPaintStyle style)
    {
        if (!paints.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, Style = style, StrokeWidth = PdfTheme.RuleWidth, IsAntialias = true };
            paints.Add(color, paint);
        }
        return paint;
    }
}
