namespace Congress.Messaging;

/// <summary>
/// An email to send. <see cref="MessageKey"/> makes sending idempotent: the same key is sent once,
/// however many times it is enqueued (e.g. "registration/12345678/confirmation").
/// </summary>
public sealed record OutgoingEmail(
    string MessageKey,
    string ToAddress,
    string? ToName,
    string Subject,
    string TextBody,
    string? HtmlBody,
    string Purpose,
    string? Reference = null,
    IReadOnlyList<EmailAttachment>? Attachments = null);

/// <summary>A file attached from blob storage, read when the email is sent.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, string Container, string BlobName);
