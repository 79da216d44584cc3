namespace Congress.Platform.Pdf;

/// <summary>Page orientation of an A4 document.</summary>
public enum PdfOrientation
{
    Portrait,
    Landscape,
}

/// <summary>Page margins in points (1/72 inch). The footer sits inside the bottom margin.</summary>
public sealed record PdfMargins(float Top, float Right, float Bottom, float Left)
{
    public static PdfMargins Default { get; } = new(50f, 50f, 56f, 50f);
}

/// <summary>A4 page in the given orientation with its margins; sizes are in points.</summary>
public sealed record PdfPageSetup
{
    /// <summary>Room the footer (rule and one line of small text) needs inside the bottom margin.</summary>
    public const float MinimumBottomMargin = 44f;

    private const float A4ShortSide = 595.28f;
    private const float A4LongSide = 841.89f;
    private const float MinimumContentSide = 144f;

    public PdfPageSetup(PdfOrientation orientation, PdfMargins? margins = null)
    {
        Orientation = orientation;
        Margins = margins ?? PdfMargins.Default;
        Width = orientation == PdfOrientation.Portrait ? A4ShortSide : A4LongSide;
        Height = orientation == PdfOrientation.Portrait ? A4LongSide : A4ShortSide;
        ArgumentOutOfRangeException.ThrowIfNegative(Math.Min(Math.Min(Margins.Top, Margins.Right), Margins.Left), nameof(margins));
        ArgumentOutOfRangeException.ThrowIfLessThan(Margins.Bottom, MinimumBottomMargin, nameof(margins));
        ArgumentOutOfRangeException.ThrowIfLessThan(Math.Min(ContentWidth, ContentHeight), MinimumContentSide, nameof(margins));
    }

    public static PdfPageSetup A4Portrait { get; } = new(PdfOrientation.Portrait);

    public static PdfPageSetup A4Landscape { get; } = new(PdfOrientation.Landscape);

    public PdfOrientation Orientation { get; }

    public PdfMargins Margins { get; }

    public float Width { get; }

    public float Height { get; }

    public float ContentWidth => Width - Margins.Left - Margins.Right;

    public float ContentHeight => Height - Margins.Top - Margins.Bottom;
}
