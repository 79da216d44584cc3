using Congress.Platform.Pdf.Layout;
using SkiaSharp;

namespace Congress.Platform.Pdf.Blocks;

/// <summary>Label / value pairs in two columns; the label column is as wide as the longest label, at most 40 %.</summary>
internal sealed class KeyValuesBlock(IReadOnlyList<(string Label, string Value)> pairs) : IPdfBlock
{
    private const float MaxLabelShare = 0.4f;

    public void Layout(PdfLayout layout)
    {
        var resources = layout.Resources;
        var longest = pairs.Max(p => p.Label.Split('\n').Max(line => resources.Measure(line, PdfTheme.Label)));
        // One point of slack so that the longest label is not wrapped by rounding.
        var labelWidth = Math.Min(longest + 1f, layout.ContentWidth * MaxLabelShare);
        var valueX = labelWidth + PdfTheme.KeyValueGap;
        var valueWidth = layout.ContentWidth - valueX;
        foreach (var (label, value) in pairs)
        {
            var labelText = PdfWrappedText.Wrap(resources, label, PdfTheme.Label, labelWidth);
            var valueText = PdfWrappedText.Wrap(resources, value, PdfTheme.Body, valueWidth);
            var height = Math.Max(labelText.Height, valueText.Height) + PdfTheme.KeyValueRowGap;
            layout.Place(height, (canvas, topLeft) =>
            {
                // The label is smaller than the value: move it down so that both share a baseline.
                var labelShift = valueText.Baseline - labelText.Baseline;
                labelText.Draw(canvas, new SKPoint(topLeft.X, topLeft.Y + labelShift));
                valueText.Draw(canvas, new SKPoint(topLeft.X + valueX, topLeft.Y));
            });
        }
        layout.Gap(PdfTheme.BlockGap);
    }
}
