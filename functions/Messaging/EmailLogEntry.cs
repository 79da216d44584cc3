using Congress.Platform.Storage;

namespace Congress.Messaging;

/// <summary>
/// One line of the email log. Written twice: under the recipient ("to:" + address) and, when the
/// email concerns something (a registration...), under that reference ("ref:" + reference), so
/// that both "what did this person receive" and "what was sent for this file" are one partition read.
/// </summary>
public sealed class EmailLogEntry : TableRow
{
    public string MessageKey { get; set; } = "";
    public string ToAddress { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string? Reference { get; set; }
    public string Status { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string? Error { get; set; }

    public static string RecipientPartition(string address) => "to:" + address.Trim().ToLowerInvariant();
    public static string ReferencePartition(string reference) => "ref:" + reference;
}
