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
