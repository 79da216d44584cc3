using SkiaSharp;

namespace Congress.Platform.Pdf.Layout;

/// <summary>The footer inside the bottom margin: a thin rule, the optional text on the left, "X / Y" on the right.</summary>
internal static class PdfFooter
{
    private const float RuleFromBottom = 36f;
    private const float TextFromRule = 6f;
    private const float TextToNumberGap = 16f;

    public static void Draw(SKCanvas canvas, PdfResources resources, PdfPageSetup page, string? text, int number, int count)
    {
        var left = page.Margins.Left;
        var right = page.Width - page.Margins.Right;
        var ruleY = page.Height - RuleFromBottom;
        canvas.DrawLine(left, ruleY, right, ruleY, resources.Stroke(PdfTheme.Rule));

        var style = PdfTheme.Footer;
        var lineTop = ruleY + TextFromRule;
        var pageNumber = $"{number} / {count}";
        var numberWidth = resources.Measure(pageNumber, style);
        PdfWrappedText.Wrap(resources, pageNumber, style, right - left)
            .Draw(canvas, new SKPoint(left, lineTop), PdfAlignment.Right);
        if (string.IsNullOrWhiteSpace(text))
            return;
        var textWidth = right - left - numberWidth - TextToNumberGap;
        PdfWrappedText.Wrap(resources, text.Replace('\n', ' '), style, textWidth, maxLines: 1)
            .Draw(canvas, new SKPoint(left, lineTop));
    }
}
