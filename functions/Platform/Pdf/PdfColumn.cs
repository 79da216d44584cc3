namespace Congress.Platform.Pdf;

/// <summary>
/// A table column: its header text, its width relative to the other columns (the table takes the
/// whole content width) and the alignment of its cells (amounts are usually right-aligned).
/// </summary>
public sealed record PdfColumn
{
    public PdfColumn(string header, float relativeWidth = 1f, PdfAlignment alignment = PdfAlignment.Left)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(relativeWidth);
        Header = header;
        RelativeWidth = relativeWidth;
        Alignment = alignment;
    }

    public string Header { get; }

    public float RelativeWidth { get; }

    public PdfAlignment Alignment { get; }
}
