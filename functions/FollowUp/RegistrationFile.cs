using System.Text.Json;
using Congress.Catalog;
using Congress.Platform.Triggers;
using Congress.Registrations;

namespace Congress.FollowUp;

public sealed record FileLine(int Index, string Type, string Reference, LocalizedText Label, DateOnly Start, DateOnly End, int Quantity,
    int? Nights, IReadOnlyList<string> Persons, decimal UnitPrice, decimal Total);

public sealed record ProviderLines(string ProviderId, string ProviderName, IReadOnlyList<FileLine> Lines, decimal Subtotal);

public sealed record FilePayment(string Id, decimal Amount, string Method, string Reference, DateTimeOffset ReceivedAt, string RecordedBy,
    decimal Refundable);

/// <summary>A registration as staff follow it (the "dossier"): what was bought, by whom, for whom, and the money.</summary>
public sealed record RegistrationFile(
    string Id, string EventId, string EventTitle, string? Number, string Status, long Revision, DateTimeOffset CreatedAt,
    DateTimeOffset? ConfirmedAt, DateTimeOffset? HoldExpiresAt, DateTimeOffset? ClosedAt, string PaymentMethod, string? AccessCode,
    ContactInput Contact, IReadOnlyList<ParticipantInput> Participants, IReadOnlyList<LineInput> Lines,
    IReadOnlyList<ProviderLines> Providers, decimal Total, decimal Deposit, decimal Paid, decimal BalanceDue, decimal RefundDue,
    IReadOnlyList<FilePayment> Payments, bool Editable)
{
    public static bool IsEditable(RegistrationEntity r) => r.Status is RegistrationStatus.AwaitingPayment or RegistrationStatus.Confirmed;

    public static RegistrationFile From(RegistrationEntity r, EventForm form, IReadOnlyList<PaymentRow> payments)
    {
        var basket = JsonSerializer.Deserialize<BasketInput>(r.BasketJson, JsonDefaults.Options)!;
        var priced = JsonSerializer.Deserialize<PricedBasket>(r.PricedJson, JsonDefaults.Options)!;
        var contact = JsonSerializer.Deserialize<ContactInput>(r.ContactJson, JsonDefaults.Options)! with { CreateAccount = false };
        var providers = priced.Groups
            .SelectMany(g => g.Lines.Select(l => new { l.ProviderId, Line = new FileLine(l.Index, g.Title.Fr, l.ProductId, l.Label, l.Start,
                l.End, l.Quantity, l.Nights, l.Persons, l.UnitPrice, l.Total) }))
            .GroupBy(x => x.ProviderId)
            .Select(g => new ProviderLines(g.Key, form.Providers.TryGetValue(g.Key, out var p) ? p.Name : "",
                g.Select(x => x.Line).OrderBy(l => l.Index).ToList(), g.Sum(x => x.Line.Total)))
            .OrderBy(p => p.ProviderId.Length == 0 ? 0 : 1).ThenBy(p => p.ProviderName, StringComparer.CurrentCulture)
            .ToList();
        return new RegistrationFile(r.Id, r.EventId, form.Event.Title, r.Number, r.Status, r.Revision, r.CreatedAt, r.ConfirmedAt,
            r.HoldExpiresAt, r.ClosedAt, r.PaymentMethod, basket.AccessCode, contact, basket.Participants ?? [], basket.Lines ?? [],
            providers, r.TotalCents / 100m, r.DepositCents / 100m, r.PaidCents / 100m, RegistrationView.LeftToPay(r) / 100m,
            r.RefundDueCents / 100m,
            payments.OrderBy(p => p.ReceivedAt).Select(p => new FilePayment(p.RowKey, p.AmountCents / 100m, p.Method, p.Reference,
                p.ReceivedAt, p.RecordedBy, p.Method == Congress.Payments.PaymentMethods.Card ? RegistrationPayments.Refundable(p, payments) / 100m : 0))
                .ToList(),
            IsEditable(r));
    }
}
