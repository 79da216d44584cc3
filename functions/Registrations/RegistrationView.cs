using System.Text.Json;
using Congress.Catalog;
using Congress.Events;
using Congress.Payments;
using Congress.Platform.Triggers;

namespace Congress.Registrations;

public sealed record PaymentInstructions(string Method, string? CheckoutUrl, string? Payee, string? PayeeAddress,
    string? Iban, string? Bic, string? Reference, DateTimeOffset? DueBy);

public sealed record PaymentView(decimal Amount, string Method, string Reference, DateTimeOffset ReceivedAt);

/// <summary>A registration as its attendee sees it (API, confirmation page, PDF, emails).</summary>
public sealed record RegistrationView(
    string RegistrationId, string EventId, string EventTitle, string Status, string? Number, DateTimeOffset CreatedAt,
    DateTimeOffset? ConfirmedAt, DateTimeOffset? HoldExpiresAt, string ContactName, string Email,
    IReadOnlyList<PricedGroup> Groups, decimal Total, decimal TotalExcl, decimal Vat, decimal Deposit, decimal Paid,
    decimal BalanceDue, decimal RefundDue, PaymentInstructions Payment, IReadOnlyList<PaymentView> Payments,
    string? SummaryPdfUrl)
{
    /// <summary>Only a live registration has something left to pay; a closed one may only have money to give back.</summary>
    public static long LeftToPay(RegistrationEntity r) =>
        r.Status is RegistrationStatus.Confirmed or RegistrationStatus.AwaitingPayment ? Math.Max(0, r.TotalCents - r.PaidCents) : 0;

    public static RegistrationView From(RegistrationEntity r, EventEntity ev, IEnumerable<PaymentRow> payments, string? token)
    {
        var priced = JsonSerializer.Deserialize<PricedBasket>(r.PricedJson, JsonDefaults.Options)!.ForAttendee();
        var manual = r.PaymentMethod != PaymentMethods.Card;
        var instructions = new PaymentInstructions(r.PaymentMethod, manual ? null : r.CheckoutUrl,
            manual ? ev.Payee : null, manual ? ev.PayeeAddress : null, manual && r.PaymentMethod == PaymentMethods.Transfer ? ev.Iban : null,
            manual && r.PaymentMethod == PaymentMethods.Transfer ? ev.Bic : null, r.Number ?? r.Id, manual ? r.HoldExpiresAt : null);
        // The summary exists once the registration has its number.
        var confirmed = r.Status == RegistrationStatus.Confirmed && r.Number is not null;
        var pdf = confirmed && token is not null
            ? $"/api/registrations/{r.Id}/summary.pdf?token={Uri.EscapeDataString(token)}"
            : null;
        return new RegistrationView(r.Id, r.EventId, ev.Title, r.Status, r.Number, r.CreatedAt, r.ConfirmedAt, r.HoldExpiresAt,
            r.ContactName, r.Email, priced.Groups, priced.Total, priced.TotalExcl, priced.Vat, r.DepositCents / 100m,
            r.PaidCents / 100m, LeftToPay(r) / 100m, r.RefundDueCents / 100m, instructions,
            payments.OrderBy(p => p.ReceivedAt).Select(p => new PaymentView(p.AmountCents / 100m, p.Method, p.Reference, p.ReceivedAt)).ToList(),
            pdf);
    }
}
