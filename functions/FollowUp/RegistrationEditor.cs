using System.Text.Json;
using Congress.Catalog;
using Congress.Payments;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Congress.Platform.Text;
using Congress.Platform.Triggers;
using Congress.Registrations;

namespace Congress.FollowUp;

public enum EditOutcome { Done, NotFound, Stale, NotEditable, Invalid, Short, AwaitingCard }

public sealed record EditResult(EditOutcome Outcome, RegistrationEntity? Registration, IReadOnlyList<FieldError> Errors)
{
    public static EditResult Of(EditOutcome outcome, RegistrationEntity? registration = null, params FieldError[] errors) =>
        new(outcome, registration, errors);
}

/// <summary>
/// Staff changes to a registration, each made on the revision the staff member saw: a change made
/// meanwhile by somebody else (another staff member, a payment) refuses the edit instead of being
/// overwritten. Stock moves by the difference only and is never oversold.
/// </summary>
public sealed class RegistrationEditor(RegistrationStore registrations, CatalogStore catalog, Inventory inventory,
    RegistrationPayments payments, RegistrationIndex index, TimeProvider time, ILogger<RegistrationEditor> logger)
{
    public async Task<EditResult> ChangeBasketAsync(string id, long revision, BasketInput input, string by, CancellationToken ct)
    {
        var (registration, refused) = await CheckAsync(id, revision, ct);
        if (refused is not null) return refused;
        var form = await catalog.LoadAsync(registration.EventId, ct);
        if (form is null) return EditResult.Of(EditOutcome.NotFound);
        var (priced, errors) = Pricing.Price(form, input);
        if (priced is null) return new EditResult(EditOutcome.Invalid, registration, errors);
        var held = StockNeed.Parse(registration.StockNeeds);
        // One batch moves every row that changes, plus the registration's marker.
        if (held.Concat(priced.StockNeeds).Select(n => n.Key).Distinct().Count() > TableExtensions.MaxBatchSize - 1)
            return EditResult.Of(EditOutcome.Invalid, registration, FieldError.Invalid("lines",
                Message.Fr("Trop de nuits et prestations changent d'un coup : faites la modification en plusieurs fois.")
                .En("Too many nights and products change at once: make the change in several steps.")));
        // The attendee's card payment page asks for the deposit it was opened with.
        if (registration is { Status: RegistrationStatus.AwaitingPayment, PaymentMethod: PaymentMethods.Card }
            && Money.ToCents(priced.Deposit) != registration.DepositCents)
            return EditResult.Of(EditOutcome.AwaitingCard, registration);

        var stock = await inventory.AdjustAsync(registration.EventId, id, held, priced.StockNeeds, ct);
        if (stock.Outcome == StockOutcome.Short)
            return new EditResult(EditOutcome.Short, registration, RegistrationFlow.Refusal(form, priced, stock.Shortages));
        // Another edit moved the stock first: this one was made on a file that is no longer current.
        if (stock.Outcome == StockOutcome.Moved) return EditResult.Of(EditOutcome.Stale, registration);
        if (stock.Outcome == StockOutcome.NothingHeld) return EditResult.Of(EditOutcome.NotEditable, registration);

        var edit = await registrations.UpdateRevisionAsync(id, revision, r =>
        {
            if (!RegistrationFile.IsEditable(r)) return false;
            r.BasketJson = JsonSerializer.Serialize(new BasketInput(input.AccessCode, input.Participants, input.Lines), JsonDefaults.Options);
            r.PricedJson = JsonSerializer.Serialize(priced, JsonDefaults.Options);
            r.StockNeeds = StockNeed.Format(priced.StockNeeds);
            r.TotalCents = Money.ToCents(priced.Total);
            r.DepositCents = Money.ToCents(priced.Deposit);
            r.RefundDueCents = RegistrationPayments.RefundDue(r.Status, r.PaidCents, r.TotalCents);
            return true;
        }, new Change(by, HistoryActions.LinesChanged), ct);
        if (edit.Stale || edit.Registration?.StockNeeds != StockNeed.Format(priced.StockNeeds))
        {
            // Somebody changed the registration between the check and the write: its stock follows
            // the registration as it now stands, and the staff member reloads.
            await ReconcileAsync(id, ct);
            return EditResult.Of(edit.Stale ? EditOutcome.Stale : EditOutcome.NotEditable, edit.Registration);
        }
        var settled = await payments.SettleAsync(id, new Change(by, HistoryActions.LinesChanged), ct);
        return EditResult.Of(EditOutcome.Done, settled ?? edit.Registration);
    }

    public async Task<EditResult> ChangeContactAsync(string id, long revision, AttendeeContact contact, string by, CancellationToken ct)
    {
        if ((await CheckAsync(id, revision, ct)).Refused is { } refused) return refused;
        var edit = await registrations.UpdateRevisionAsync(id, revision, r =>
        {
            r.Email = contact.Email.Trim();
            r.ContactName = contact.FullName;
            r.ContactJson = JsonSerializer.Serialize(contact, JsonDefaults.Options);
            return true;
        }, new Change(by, HistoryActions.ContactChanged), ct);
        if (edit.Stale) return EditResult.Of(EditOutcome.Stale, edit.Registration);
        await index.AddAsync(contact.Email, id, ct);
        return EditResult.Of(EditOutcome.Done, edit.Registration);
    }

    /// <summary>Cancels the registration and gives its stock back; what was paid becomes refund due.</summary>
    public async Task<EditResult> CancelAsync(string id, long revision, Cancellation cancellation, string by, CancellationToken ct)
    {
        if ((await CheckAsync(id, revision, ct)).Refused is { } refused) return refused;
        var edit = await registrations.UpdateRevisionAsync(id, revision, r => r.Cancel(time.GetUtcNow()) == StatusMove.Done,
            new Change(by, HistoryActions.Cancelled, [new FieldChange("reason", null, cancellation.Reason)]), ct);
        if (edit.Stale) return EditResult.Of(EditOutcome.Stale, edit.Registration);
        if (edit.Registration?.Status != RegistrationStatus.Cancelled) return EditResult.Of(EditOutcome.NotEditable, edit.Registration);
        await inventory.ReturnAsync(edit.Registration.EventId, id, ct);
        return EditResult.Of(EditOutcome.Done, edit.Registration);
    }

    /// <summary>The registration as the staff member saw it, or why the change cannot be made on it.</summary>
    private async Task<(RegistrationEntity Registration, EditResult? Refused)> CheckAsync(string id, long revision, CancellationToken ct)
    {
        var registration = await registrations.FindAsync(id, ct);
        if (registration is null) return (null!, EditResult.Of(EditOutcome.NotFound));
        if (registration.Revision != revision) return (registration, EditResult.Of(EditOutcome.Stale, registration));
        if (!RegistrationFile.IsEditable(registration)) return (registration, EditResult.Of(EditOutcome.NotEditable, registration));
        return (registration, null);
    }

    private async Task ReconcileAsync(string id, CancellationToken ct)
    {
        if (await registrations.FindAsync(id, ct) is not { } current) return;
        var result = current.Status is RegistrationStatus.AwaitingPayment or RegistrationStatus.Confirmed
            ? await inventory.AdjustAsync(current.EventId, id, null, StockNeed.Parse(current.StockNeeds), ct)
            : await inventory.ReturnAsync(current.EventId, id, ct);
        if (result.Outcome == StockOutcome.Short)
            logger.LogError("Stock of registration {Id} could not follow a concurrent change: {Shortages}", id,
                string.Join(", ", result.Shortages));
    }
}
