using System.Text.Json;
using Congress.Catalog;
using Congress.Contacts;
using Congress.Events;
using Congress.Messaging;
using Congress.Payments;
using Congress.Platform.Hosting;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;
using Microsoft.Extensions.Options;

namespace Congress.Registrations;

/// <summary>
/// Moves registrations on from the queue: hold expiry, payment reminders and the confirmation work
/// (number, PDF, email). Each action checks the current state first, so running it twice, late or
/// out of order has one effect; a failure throws and the message is retried.
/// </summary>
public sealed class RegistrationFlowHandler(RegistrationStore registrations, Inventory inventory,
    EmailOutbox outbox, RegistrationMail mail, ContactBook contacts,
    RegistrationSummaries summaries, QueueSender queue,
    TimeProvider time, ILogger<RegistrationFlowHandler> logger) : IQueueHandler
{
    public async Task HandleAsync(QueueMessageContext message, CancellationToken ct)
    {
        var command = message.ReadJson<FlowMessage>();
        var registration = await registrations.FindAsync(command.RegistrationId, ct);
        if (registration is null)
        {
            logger.LogWarning("{Action} for unknown registration {Id} dropped", command.Action, command.RegistrationId);
            return;
        }
        switch (command.Action)
        {
            case FlowMessage.ExpireHold: await ExpireAsync(registration, ct); break;
            case FlowMessage.Remind: await RemindAsync(registration, ct); break;
            case FlowMessage.Confirm: await CompleteConfirmationAsync(registration, ct); break;
            default: throw new PoisonMessageException($"Unknown flow action {command.Action}.");
        }
    }

    private async Task ExpireAsync(RegistrationEntity registration, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (registration.Status is RegistrationStatus.Submitted or RegistrationStatus.Refused)
        {
            // Only the hold sweep asks this: a submit stopped between holding and recording the hold,
            // and its stock must not stay held for ever.
            await inventory.ReleaseAsync(registration.EventId, registration.Id, ct);
            return;
        }
        if (registration.Status != RegistrationStatus.AwaitingPayment) return;
        if (await WaitLongerAsync(registration, registration.HoldExpiresAt, FlowMessage.ExpireHold, ct)) return;
        var released = await inventory.ReleaseAsync(registration.EventId, registration.Id, ct);
        // A payment that turned the hold into a sale first wins: the registration is not expired.
        if (released.Outcome != StockOutcome.Done && await inventory.IsSoldAsync(registration.EventId, registration.Id, ct)) return;
        var expired = await registrations.UpdateAsync(registration.Id, r => r.Expire(now) == StatusMove.Done,
            new Change(Actors.System, HistoryActions.Expired), ct);
        if (expired?.Status == RegistrationStatus.Expired && expired.PaymentMethod != PaymentMethods.Card)
            await outbox.EnqueueAsync(RegistrationEmails.Expired(await mail.ViewAsync(expired, ct), mail.PageUrl(expired)), ct);
    }

    private async Task RemindAsync(RegistrationEntity registration, CancellationToken ct)
    {
        if (registration.Status != RegistrationStatus.AwaitingPayment || registration.PaymentMethod == PaymentMethods.Card) return;
        if (await WaitLongerAsync(registration, registration.RemindAt, FlowMessage.Remind, ct)) return;
        await outbox.EnqueueAsync(RegistrationEmails.Reminder(await mail.ViewAsync(registration, ct), mail.PageUrl(registration)), ct);
        await registrations.UpdateAsync(registration.Id, r =>
        {
            if (r.ReminderSent) return false;
            r.ReminderSent = true;
            return true;
        }, new Change(Actors.System, HistoryActions.Reminded, [new FieldChange("reminderSent", null, registration.Email)]), ct);
    }

    /// <summary>
    /// True when <paramref name="due"/> is still ahead: the action is asked again for then (queue
    /// messages wait 7 days at most, so a longer wait is a chain of messages).
    /// </summary>
    private async Task<bool> WaitLongerAsync(RegistrationEntity registration, DateTimeOffset? due, string action, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (due is null || due <= now) return false;
        var rest = due.Value - now;
        await queue.SendAsync(FlowMessage.Queue, new FlowMessage(registration.Id, action, now),
            rest < QueueSender.MaxDelay ? rest : QueueSender.MaxDelay, ct);
        return true;
    }

    private async Task CompleteConfirmationAsync(RegistrationEntity registration, CancellationToken ct)
    {
        if (registration.Status != RegistrationStatus.Confirmed || registration.ConfirmationDoneAt is not null) return;
        var view = await mail.ViewAsync(registration, ct);
        await summaries.EnsureAsync(registration, ct);
        await outbox.EnqueueAsync(RegistrationEmails.Confirmation(view, mail.PageUrl(registration),
            RegistrationMail.SummaryAttachment(view)), ct);
        var contact = JsonSerializer.Deserialize<ContactInput>(registration.ContactJson, JsonDefaults.Options)!;
        var organisation = JsonSerializer.Deserialize<BasketInput>(registration.BasketJson, JsonDefaults.Options)?.Participants?
            .FirstOrDefault()?.Organisation;
        await contacts.RecordAsync(new ContactDetails(registration.Email, contact.Civility, contact.LastName, contact.FirstName,
            organisation, contact.PostalCode, contact.City, contact.Country, contact.Professional), registration.Id, ct);
        var done = time.GetUtcNow();
        await registrations.UpdateAsync(registration.Id, r =>
        {
            if (r.ConfirmationDoneAt is not null) return false;
            r.ConfirmationDoneAt = done;
            return true;
        }, new Change(Actors.System, HistoryActions.Confirmed, [new FieldChange("email", null, $"confirmation → {registration.Email}")]), ct);
    }
}
