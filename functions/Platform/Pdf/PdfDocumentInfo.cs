namespace Congress.Platform.Pdf;

/// <summary>
/// The PDF's metadata. <paramref name="CreatedAt"/> comes from the caller (its TimeProvider), so that
/// a document rendered twice from the same data is the same file.
/// </summary>
public sealed record PdfDocumentInfo(string Title, string Author, DateTimeOffset CreatedAt);
