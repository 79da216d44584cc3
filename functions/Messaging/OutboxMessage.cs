using System.Security.Cryptography;
using System.Text.Json;
using System.Runtime.Serialization;
using System.Text;
using Congress.Platform.Storage;

namespace Congress.Messaging;

public static class OutboxStatus
{
    public const string Pending = "Pending";
    public const string Sending = "Sending";
    public const string Sent = "Sent";
    public const string Failed = "Failed";
}

/// <summary>Storage row of one email in the outbox; partition and row keys derive from the message key.</summary>
public sealed class OutboxMessage : TableRow
{
    public string MessageKey { get; set; } = "";
    public string ToAddress { get; set; } = "";
    public string? ToName { get; set; }
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string? HtmlBody { get; set; }
    public string Purpose { get; set; } = "";
    public string? Reference { get; set; }
    public string? AttachmentsJson { get; set; }
    public string Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }

    [IgnoreDataMember]
    public IReadOnlyList<EmailAttachment> Attachments => string.IsNullOrEmpty(AttachmentsJson)
        ? []
        : JsonSerializer.Deserialize<List<EmailAttachment>>(AttachmentsJson) ?? [];

    /// <summary>
    /// Once the email is sent or given up, the row keeps what the back office shows (purpose,
    /// reference, subject, attachments' names, status, times) and forgets the rest: bodies carry
    /// personal links (access tokens, password and provider links) that must not sit readable in
    /// the table and its backups, and the recipient stays in the email log, where staff read it.
    /// A copy is rebuilt from its source instead (the registration), with fresh links.
    /// </summary>
    public void ForgetContent()
    {
        TextBody = "";
        HtmlBody = null;
        ToAddress = "";
        ToName = null;
        ContentForgotten = true;
    }

    /// <summary>True once <see cref="ForgetContent"/> ran: the bodies and the recipient are gone.</summary>
    public bool ContentForgotten { get; set; }

    /// <summary>The email as it was asked for (to send a copy).</summary>
    public OutgoingEmail ToOutgoing() =>
        new(MessageKey, ToAddress, ToName, Subject, TextBody, HtmlBody, Purpose, Reference, Attachments.Count > 0 ? Attachments : null);

    /// <summary>Keys may hold characters Table storage forbids; a hash keeps them safe and spread.</summary>
    public static (string PartitionKey, string RowKey) KeysFor(string messageKey)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageKey)));
        return (hash[..2], hash);
    }
}

/// <summary>The queue message that asks for one outbox row to be sent.</summary>
public sealed record SendEmailCommand(string MessageKey, DateTimeOffset RequestedAt);
