using System.Text.Json;
using Congress.Catalog;
using Congress.Payments;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Congress.Platform.Text;
using Congress.Platform.Triggers;
using Microsoft.Extensions.Options;

namespace Congress.Registrations;

public enum SubmitOutcome { Created, Existing, Invalid, Short, NotFound, Closed }

public sealed record SubmitResult(SubmitOutcome Outcome, RegistrationEntity? Registration, IReadOnlyList<FieldError> Errors,
    Events.EventEntity? Event = null)
{
    public static SubmitResult Fail(SubmitOutcome outcome, params FieldError[] errors) => new(outcome, null, errors);
}

/// <summary>
/// The submit step of the registration flow: price the basket, record the registration under an id
/// derived from the client key, hold all its stock at once, then wait for payment. A retried submit
/// (same client key) resumes where the first one stopped, so nothing is held twice.
/// </summary>
public sealed class RegistrationFlow(CatalogStore catalog, Inventory inventory, RegistrationStore registrations,
    RegistrationIndex index, IAttendeeAccountLinks accountLinks, RegistrationNumbers numbers, QueueSender queue, PaymentStarter payments,
    IOptions<StripeOptions> stripe, TimeProvider time)
{
    public async Task<SubmitResult> SubmitAsync(string eventId, Submission submission, CancellationToken ct)
    {
        var form = await catalog.LoadPublishedAsync(eventId, ct);
        if (form is null) return SubmitResult.Fail(SubmitOutcome.NotFound);
        var now = time.GetUtcNow();
        var id = RegistrationStore.IdFor(eventId, submission.ClientKey);
        var open = form.Event.IsOpenAt(now);
        var methodOffered = PaymentMethods.Offered(form.Event.PaymentMethodList(), stripe.Value).Contains(submission.PaymentMethod);
        if (!open || !methodOffered)
        {
            // A retry of a submit that already holds its stock still gets its registration back.
            if (await registrations.FindAsync(id, ct) is { Status: not (RegistrationStatus.Submitted or RegistrationStatus.Refused) } done
                && done.EventId == eventId)
                return new SubmitResult(SubmitOutcome.Existing, done, [], form.Event);
            if (!open)
                return SubmitResult.Fail(SubmitOutcome.Closed, FieldError.Invalid("event", Message.Fr("Les inscriptions sont fermées.").En("Registration is closed.")));
            return SubmitResult.Fail(SubmitOutcome.Invalid, FieldError.Invalid("paymentMethod",
                Message.Fr("Moyen de paiement non proposé pour cet événement.").En("Payment method not offered for this event.")));
        }
        var (priced, errors) = Pricing.Price(form, submission.Basket);
        if (priced is null) return new SubmitResult(SubmitOutcome.Invalid, null, errors);
        if (priced.StockNeeds.Count > TableExtensions.MaxBatchSize - 2)
            return SubmitResult.Fail(SubmitOutcome.Invalid, FieldError.Invalid("lines", Message.Fr("Trop de nuits et prestations dans un seul dossier.")
                .En("Too many nights and products in one registration.")));

        var fresh = NewRegistration(id, eventId, submission, priced, now);
        var created = await registrations.TryAddAsync(fresh, ct);
        var registration = created ? fresh
            : await registrations.FindAsync(id, ct) ?? throw new InvalidOperationException($"Registration {id} vanished.");
        if (registration.EventId != eventId) return SubmitResult.Fail(SubmitOutcome.NotFound);
        // The attendee-space index only once the registration exists: a submit that fails before leaves
        // no known address behind. Idempotent, and written on every retry with the same client key, so
        // a submit stopped between the two writes is completed by its retry.
        await index.AddAsync(registration.Email, registration.Id, ct);
        // The attendee space: the password is chosen through a link sent to the address, which proves
        // that whoever chooses it reads that mailbox (a password typed here could be anybody's).
        if (created && submission.CreateAccount)
            await accountLinks.RequestAsync(registration.Email, ct);
        return await ResumeAsync(form, registration, created, ct);
    }

    private async Task<SubmitResult> ResumeAsync(EventForm form, RegistrationEntity registration, bool created, CancellationToken ct)
    {
        var outcome = created ? SubmitOutcome.Created : SubmitOutcome.Existing;
        if (registration.Status is RegistrationStatus.Submitted or RegistrationStatus.Refused)
        {
            var now = time.GetUtcNow();
            var manual = registration.PaymentMethod != PaymentMethods.Card;
            var expiresAt = now + (manual ? TimeSpan.FromDays(form.Event.ManualPaymentDays) : TimeSpan.FromMinutes(form.Event.HoldMinutes));
            var hold = await inventory.HoldAsync(form.EventId, registration.Id, StockNeed.Parse(registration.StockNeeds), expiresAt, ct);
            if (hold.Outcome == StockOutcome.Short)
            {
                var refusal = Refusal(form, JsonSerializer.Deserialize<PricedBasket>(registration.PricedJson, JsonDefaults.Options)!,
                    hold.Shortages);
                var refusalJson = JsonSerializer.Serialize(refusal.Select(e => new { e.Field, En = e.Message.English }));
                await registrations.UpdateAsync(registration, r => r.Refuse(refusalJson) == StatusMove.Done,
                    new Change(Actors.Attendee, HistoryActions.Refused), ct);
                return new SubmitResult(SubmitOutcome.Short, null, refusal);
            }
            // The file number exists from now on: it is the reference to quote on a cheque or transfer.
            var number = registration.Number ?? await numbers.NextAsync(ct);
            // The expiry and reminder messages wait hours at least, and their handlers read the state
            // again: they are sent while the status is written.
            var expiry = queue.SendAsync(FlowMessage.Queue, new FlowMessage(registration.Id, FlowMessage.ExpireHold, now),
                Min(expiresAt - now, QueueSender.MaxDelay), ct);
            var reminder = manual
                ? queue.SendAsync(FlowMessage.Queue, new FlowMessage(registration.Id, FlowMessage.Remind, now),
                    Min(TimeSpan.FromDays(form.Event.ReminderDays), QueueSender.MaxDelay), ct)
                : Task.CompletedTask;
            var remindAt = manual ? now + TimeSpan.FromDays(form.Event.ReminderDays) : (DateTimeOffset?)null;
            var held = registrations.UpdateAsync(registration, r => r.AwaitPayment(number, expiresAt, remindAt) == StatusMove.Done,
                new Change(Actors.Attendee, HistoryActions.Submitted), ct);
            await Task.WhenAll(held, expiry, reminder);
            registration = await held ?? registration;
        }
        if (registration.Status == RegistrationStatus.AwaitingPayment)
            registration = await payments.StartAsync(form, registration, ct);
        return new SubmitResult(outcome, registration, [], form.Event);
    }

    private static RegistrationEntity NewRegistration(string id, string eventId, Submission submission, PricedBasket priced, DateTimeOffset now) =>
        new()
        {
            PartitionKey = id, EventId = eventId, PaymentMethod = submission.PaymentMethod,
            Email = submission.Contact.Email.Trim(), ContactName = submission.Contact.FullName,
            ContactJson = JsonSerializer.Serialize(submission.Contact, JsonDefaults.Options),
            BasketJson = JsonSerializer.Serialize(submission.Basket, JsonDefaults.Options),
            PricedJson = JsonSerializer.Serialize(priced, JsonDefaults.Options),
            StockNeeds = StockNeed.Format(priced.StockNeeds),
            TotalCents = Money.ToCents(priced.Total), DepositCents = Money.ToCents(priced.Deposit), CreatedAt = now,
        };

    /// <summary>Which line is short, named so that the form can send the attendee back to it.</summary>
    public static List<FieldError> Refusal(EventForm form, PricedBasket priced, IReadOnlyList<Shortage> shortages)
    {
        return shortages.Select(s =>
        {
            var line = priced.Lines.FirstOrDefault(l => l.ProductId == s.ProductId);
            var label = form.FindProduct(s.ProductId)?.Label ?? new LocalizedText(s.ProductId, s.ProductId);
            var when = s.Slot == StockKeys.Total ? "" : $" ({s.Slot})";
            return FieldError.Invalid(line is null ? "lines" : $"lines[{line.Index}]",
                Message.Fr($"Plus assez de places pour « {label.Fr} »{when} : {Plural.Fr(s.Free, "restante", "restantes")}.")
                .En($"Not enough left for “{label.En}”{when}: {s.Free} left."));
        }).ToList();
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
