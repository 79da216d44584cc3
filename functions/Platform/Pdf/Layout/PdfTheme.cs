using SkiaSharp;

namespace Congress.Platform.Pdf.Layout;

/// <summary>The one look of every generated document: type sizes, colours and spacing, in points.</summary>
internal static class PdfTheme
{
    public static readonly SKColor Ink = new(0x1F, 0x24, 0x2B);
    public static readonly SKColor Muted = new(0x5C, 0x66, 0x73);
    public static readonly SKColor Accent = new(0x1B, 0x3D, 0x6B);
    public static readonly SKColor Rule = new(0xD3, 0xD9, 0xE1);
    public static readonly SKColor HeaderFill = new(0xE6, 0xEC, 0xF3);
    public static readonly SKColor StripeFill = new(0xF6, 0xF8, 0xFA);
    public static readonly SKColor QrInk = SKColors.Black;

    public static readonly PdfTextStyle Body = new(10f, Bold: false, Ink);
    public static readonly PdfTextStyle BodyBold = Body with { Bold = true };
    public static readonly PdfTextStyle Small = new(8f, Bold: false, Muted);
    public static readonly PdfTextStyle Label = new(9.5f, Bold: false, Muted);
    public static readonly PdfTextStyle TableCell = new(9f, Bold: false, Ink);
    public static readonly PdfTextStyle TableHeader = new(9f, Bold: true, Accent);
    public static readonly PdfTextStyle Footer = new(8f, Bold: false, Muted);

    public const float LineSpacing = 1.4f;
    public const float BlockGap = 8f;
    public const float CellPaddingX = 5f;
    public const float CellPaddingY = 3.5f;
    public const float KeyValueGap = 14f;
    public const float KeyValueRowGap = 3f;
    public const float RuleWidth = 0.6f;

    public static PdfTextStyle Heading(int level) => level switch
    {
        1 => new(18f, Bold: true, Accent),
        2 => new(13.5f, Bold: true, Accent),
        _ => new(11f, Bold: true, Ink),
    };

    public static float SpaceBeforeHeading(int level) => level == 1 ? 14f : 10f;

    public static float SpaceAfterHeading(int level) => level == 1 ? 10f : 5f;
}
