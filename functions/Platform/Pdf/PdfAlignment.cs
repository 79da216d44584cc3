namespace Congress.Platform.Pdf;

/// <summary>Horizontal alignment of text in a table column, or of an image or QR code on the page.</summary>
public enum PdfAlignment
{
    Left,
    Center,
    Right,
}
