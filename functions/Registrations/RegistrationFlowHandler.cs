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
public sealed class RegistrationFlowHandler(RegistrationStore registrations, RegistrationPayments payments, Inventory inventory,
    RegistrationNumbers numbers, EmailOutbox outbox, RegistrationTokens tokens, ContactBook contacts, EventStore events,
    RegistrationSummaries summaries, QueueSender queue,
    TimeProvider time, IOptions<AppOptions> app, ILogger<RegistrationFlowHandler> logger) : IQueueHandler
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
        if (registration.Status != RegistrationStatus.AwaitingPayment) return;
        var now = time.GetUtcNow();
        if (registration.HoldExpiresAt > now)
        {
            // Queue messages wait 7 days at most: a longer hold is a chain of waits.
            var rest = registration.HoldExpiresAt.Value - now;
            await queue.SendAsync(FlowMessage.Queue, new FlowMessage(registration.Id, FlowMessage.ExpireHold, now),
                rest < QueueSender.MaxDelay ? rest : QueueSender.MaxDelay, ct);
            return;
        }
        await inventory.ReleaseAsync(registration.EventId, registration.Id, ct);
        var expired = await registrations.UpdateAsync(registration.Id, r =>
        {
            if (r.Status != RegistrationStatus.AwaitingPayment) return false;
            r.Status = RegistrationStatus.Expired;
            r.ClosedAt = now;
            return true;
        }, ct);
        if (expired?.Status == RegistrationStatus.Expired && expired.PaymentMethod != PaymentMethods.Card)
            await outbox.EnqueueAsync(RegistrationEmails.Expired(await ViewAsync(expired, ct), PageUrl(expired)), ct);
    }

    private async Task RemindAsync(RegistrationEntity registration, CancellationToken ct)
    {
        if (registration.Status != RegistrationStatus.AwaitingPayment || registration.PaymentMethod == PaymentMethods.Card) return;
        await outbox.EnqueueAsync(RegistrationEmails.Reminder(await ViewAsync(registration, ct), PageUrl(registration)), ct);
        await registrations.UpdateAsync(registration.Id, r =>
        {
            if (r.ReminderSent) return false;
            r.ReminderSent = true;
            return true;
        }, ct);
    }

    private async Task CompleteConfirmationAsync(RegistrationEntity registration, CancellationToken ct)
    {
        if (registration.Status != RegistrationStatus.Confirmed) return;
        if (registration.Number is null)
        {
            var number = await numbers.NextAsync(ct);
            registration = await registrations.UpdateAsync(registration.Id, r =>
            {
                if (r.Number is not null) return false;
                r.Number = number;
                return true;
            }, ct) ?? registration;
        }
        var view = await ViewAsync(registration, ct);
        await summaries.EnsureAsync(registration, ct);
        await outbox.EnqueueAsync(RegistrationEmails.Confirmation(view, PageUrl(registration),
            new EmailAttachment($"inscription-{view.Number}.pdf", "application/pdf", RegistrationSummaries.Container,
                RegistrationSummaries.BlobName(registration.Id))), ct);
        var contact = JsonSerializer.Deserialize<ContactInput>(registration.ContactJson, JsonDefaults.Options)!;
        var organisation = JsonSerializer.Deserialize<BasketInput>(registration.BasketJson, JsonDefaults.Options)?.Participants?
            .FirstOrDefault()?.Organisation;
        await contacts.RecordAsync(new ContactDetails(registration.Email, contact.Civility, contact.LastName, contact.FirstName,
            organisation, contact.PostalCode, contact.City, contact.Country, contact.Professional), registration.Id, ct);
    }

    private async Task<RegistrationView> ViewAsync(RegistrationEntity registration, CancellationToken ct)
    {
        var ev = await events.GetAsync(registration.EventId, ct);
        return RegistrationView.From(registration, ev, await payments.PaymentsAsync(registration.Id, ct), null);
    }

    private string PageUrl(RegistrationEntity registration) =>
        $"{app.Value.PublicBaseUrl.TrimEnd('/')}/register/confirmation.html?registration={registration.Id}" +
        $"&token={Uri.EscapeDataString(tokens.For(registration.Id))}";
}
