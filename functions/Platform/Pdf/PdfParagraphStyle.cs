namespace Congress.Platform.Pdf;

/// <summary>How a paragraph is set: body text, bold body text, or small grey print (legal mentions, notes).</summary>
public enum PdfParagraphStyle
{
    Normal,
    Bold,
    Small,
}
