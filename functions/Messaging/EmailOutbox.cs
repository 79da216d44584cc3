using System.Text.Json;
using Azure;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.Messaging;

/// <summary>
/// Where features drop emails. The email is written first (with an entry in the pending index),
/// then a queue message asks for it to be sent; if the app stops in between, the sweep job finds
/// the pending entry and asks again.
/// </summary>
public sealed class EmailOutbox(StorageAccount storage, QueueSender queue, TimeProvider time)
{
    public const string Table = "OutboxMessages";
    public const string PendingTable = "OutboxPending";
    public const string Queue = "email-outbox";
    /// <summary>How long an email may stay unsent before the sweep asks for it again.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);
    // A table string property holds 64 KiB of UTF-16.
    private const int MaxBodyLength = 30_000;

    /// <summary>Enqueues the email; returns false when an email with this key was already enqueued.</summary>
    public async Task<bool> EnqueueAsync(OutgoingEmail email, CancellationToken ct = default)
    {
        var errors = Validate(email).ToList();
        if (errors.Count > 0)
            throw new ArgumentException(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message.English}")), nameof(email));
        var (partition, row) = OutboxMessage.KeysFor(email.MessageKey);
        var now = time.GetUtcNow();
        await storage.Table(PendingTable).TryAddAsync(
            new OutboxPendingEntry { RowKey = row, MessageKey = email.MessageKey, NextCheckAt = now + Grace }, ct);
        var entity = new OutboxMessage
        {
            PartitionKey = partition,
            RowKey = row,
            MessageKey = email.MessageKey,
            ToAddress = email.ToAddress.Trim(),
            ToName = email.ToName,
            Subject = email.Subject,
            TextBody = email.TextBody,
            HtmlBody = email.HtmlBody,
            Purpose = email.Purpose,
            Reference = email.Reference,
            AttachmentsJson = email.Attachments is { Count: > 0 } ? JsonSerializer.Serialize(email.Attachments) : null,
            RequestedAt = now,
        };
        if (!await storage.Table(Table).TryAddAsync(entity, ct)) return false;
        await RequestSendAsync(email.MessageKey, now, ct);
        return true;
    }

    public async Task<OutboxMessage?> FindAsync(string messageKey, CancellationToken ct)
    {
        var (partition, row) = OutboxMessage.KeysFor(messageKey);
        var found = await storage.Table(Table).GetEntityIfExistsAsync<OutboxMessage>(partition, row, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    public Task RequestSendAsync(string messageKey, DateTimeOffset requestedAt, CancellationToken ct) =>
        queue.SendAsync(Queue, new SendEmailCommand(messageKey, requestedAt), ct: ct);

    /// <summary>Drops the email from the pending index once it is sent or given up.</summary>
    public async Task ForgetPendingAsync(string messageKey, CancellationToken ct)
    {
        try
        {
            await storage.Table(PendingTable).DeleteEntityAsync(OutboxPendingEntry.Partition,
                OutboxMessage.KeysFor(messageKey).RowKey, cancellationToken: ct);
        }
        catch (RequestFailedException e) when (e.Status == 404) { }
    }

    private static IEnumerable<FieldError> Validate(OutgoingEmail email) =>
        Check.Text("messageKey", email.MessageKey, 500)
            .Concat(Check.Email("toAddress", email.ToAddress))
            .Concat(Check.Text("subject", email.Subject, 300))
            .Concat(Check.Text("purpose", email.Purpose, 100))
            .Concat(Check.Text("textBody", email.TextBody, MaxBodyLength))
            .Concat(Check.Text("htmlBody", email.HtmlBody, MaxBodyLength, required: false))
            .Concat(Check.KeySafe("reference", email.Reference, 100));
}
