using SkiaSharp;

namespace Congress.Platform.Pdf.Layout;

/// <summary>Text wrapped to a width in one style, ready to be drawn line by line.</summary>
internal sealed class PdfWrappedText
{
    private readonly PdfResources resources;
    private readonly float width;

    private PdfWrappedText(PdfResources resources, IReadOnlyList<string> lines, PdfTextStyle style, float width)
    {
        this.resources = resources;
        this.width = width;
        Lines = lines;
        Style = style;
    }

    public IReadOnlyList<string> Lines { get; }

    public PdfTextStyle Style { get; }

    public float Height => Lines.Count * Style.LineHeight;

    /// <summary>Distance from the top of a line box to the baseline: the glyph box is centred in the line box.</summary>
    public float Baseline
    {
        get
        {
            resources.Font(Style).GetFontMetrics(out var metrics);
            return (Style.LineHeight - (metrics.Descent - metrics.Ascent)) / 2f - metrics.Ascent;
        }
    }

    public static PdfWrappedText Wrap(PdfResources resources, string text, PdfTextStyle style, float width, int maxLines = int.MaxValue) =>
        new(resources, PdfTextWrapper.Wrap(resources.Font(style), text, width, maxLines), style, width);

    public void Draw(SKCanvas canvas, SKPoint topLeft, PdfAlignment alignment = PdfAlignment.Left)
    {
        for (var i = 0; i < Lines.Count; i++)
            DrawLine(canvas, i, new SKPoint(topLeft.X, topLeft.Y + i * Style.LineHeight), alignment);
    }

    public void DrawLine(SKCanvas canvas, int index, SKPoint topLeft, PdfAlignment alignment = PdfAlignment.Left)
    {
        var baseline = topLeft.Y + Baseline;
        var (x, align) = alignment switch
        {
            PdfAlignment.Center => (topLeft.X + width / 2f, SKTextAlign.Center),
            PdfAlignment.Right => (topLeft.X + width, SKTextAlign.Right),
            _ => (topLeft.X, SKTextAlign.Left),
        };
        canvas.DrawText(Lines[index], x, baseline, align, resources.Font(Style), resources.Fill(Style.Color));
    }
}
