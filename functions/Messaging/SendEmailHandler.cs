using Congress.Platform.Storage;
using Congress.Platform.Text;
using Congress.Platform.Triggers;

namespace Congress.Messaging;

/// <summary>
/// Queue handler of the outbox. It claims the row with a lease (conditional write) before sending,
/// so two deliveries of the same message send one email; a failure releases the claim and throws
/// so that the queue retries, and the fifth failure marks the email failed in the log.
/// </summary>
public sealed class SendEmailHandler(StorageAccount storage, EmailOutbox outbox, SmtpEmailSender sender, EmailLog log,
    TimeProvider time, ILogger<SendEmailHandler> logger) : IQueueHandler
{
    // Longer than the worst SMTP exchange (four operations of at most SmtpEmailSender.Timeout each).
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task HandleAsync(QueueMessageContext message, CancellationToken ct)
    {
        var command = message.ReadJson<SendEmailCommand>();
        var (partition, row) = OutboxMessage.KeysFor(command.MessageKey);
        var table = storage.Table(EmailOutbox.Table);
        var claimed = false;
        var now = time.GetUtcNow();
        var email = await table.UpdateConditionallyAsync<OutboxMessage>(partition, row, entity =>
        {
            claimed = entity.Status == OutboxStatus.Pending
                      || (entity.Status == OutboxStatus.Sending && entity.LeaseUntil < now);
            if (!claimed) return false;
            entity.Status = OutboxStatus.Sending;
            entity.LeaseUntil = now + Lease;
            entity.Attempts++;
            return true;
        }, ct) ?? throw new PoisonMessageException($"No outbox row for {command.MessageKey}.");
        if (!claimed) return;

        try
        {
            await sender.SendAsync(email, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failed = email.Attempts >= TriggerCatalogue.MaxDequeueCount;
            // A server's refusal may quote the address: it is stored and logged without it.
            var error = Redact.Emails(e.Message);
            await table.UpdateConditionallyAsync<OutboxMessage>(partition, row, entity =>
            {
                if (!StillOurs(entity, email)) return false;
                entity.Status = failed ? OutboxStatus.Failed : OutboxStatus.Pending;
                entity.LeaseUntil = null;
                entity.LastError = error;
                if (failed) entity.ForgetContent();
                return true;
            }, CancellationToken.None);
            if (failed)
            {
                await log.RecordAsync(email, OutboxStatus.Failed, error, CancellationToken.None);
                await outbox.ForgetPendingAsync(command.MessageKey, CancellationToken.None);
            }
            logger.LogWarning("Sending {Purpose} email failed (attempt {Attempt}): {Error} {Reason}", email.Purpose, email.Attempts,
                e.GetType().Name, error);
            throw;
        }

        await table.UpdateConditionallyAsync<OutboxMessage>(partition, row, entity =>
        {
            if (!StillOurs(entity, email)) return false;
            entity.Status = OutboxStatus.Sent;
            entity.SentAt = time.GetUtcNow();
            entity.LeaseUntil = null;
            entity.LastError = null;
            entity.ForgetContent();
            return true;
        }, CancellationToken.None);
        await log.RecordAsync(email, OutboxStatus.Sent, null, CancellationToken.None);
        await outbox.ForgetPendingAsync(command.MessageKey, CancellationToken.None);
        logger.LogInformation("{Purpose} email sent", email.Purpose);
    }

    /// <summary>Our claim still holds: nobody took the row over after our lease ran out.</summary>
    private static bool StillOurs(OutboxMessage current, OutboxMessage claimed) =>
        current.Status == OutboxStatus.Sending && current.Attempts == claimed.Attempts;
}
