using System.Runtime.Serialization;
using Congress.Platform.Storage;

namespace Congress.Registrations;

public static class RegistrationStatus
{
    public const string Submitted = "Submitted";
    public const string Refused = "Refused";
    public const string AwaitingPayment = "AwaitingPayment";
    public const string Confirmed = "Confirmed";
    public const string Expired = "Expired";
    public const string Cancelled = "Cancelled";
}

/// <summary>
/// The persisted state of one registration's flow (partition: the registration id). Every change
/// is a conditional write on its ETag; amounts are cents because tables have no decimal type.
/// </summary>
public sealed partial class RegistrationEntity : TableRow
{
    public const string Table = "Registrations";
    public const string Row = "registration";

    public RegistrationEntity() => RowKey = Row;

    [IgnoreDataMember]
    public string Id => PartitionKey;

    public string EventId { get; set; } = "";
    /// <summary>Counts the changes: staff edit a given revision, and the history entry of each change is keyed by it.</summary>
    public long Revision { get; set; }
    /// <summary>
    /// Changed only by the moves of <see cref="RegistrationLifecycle"/>. The accessor is <c>init</c>, not
    /// private, because the table SDK reads a row back through public setters only (a private one leaves
    /// every registration read as Submitted); <c>init</c> still refuses an assignment to a registration.
    /// </summary>
    public string Status { get => _status; init => _status = value; }
    private string _status = RegistrationStatus.Submitted;
    /// <summary>8 digits, sequential per deployment, given when the stock is held (the reference to quote on a payment).</summary>
    public string? Number { get; set; }
    public string PaymentMethod { get; set; } = "";
    public string Email { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactJson { get; set; } = "";
    public string BasketJson { get; set; } = "";
    public string PricedJson { get; set; } = "";
    public string StockNeeds { get; set; } = "";
    public long TotalCents { get; set; }
    public long DepositCents { get; set; }
    public long PaidCents { get; set; }
    /// <summary>Money received that cannot be kept (paid after the stock was gone): to refund.</summary>
    public long RefundDueCents { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? HoldExpiresAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public bool ReminderSent { get; set; }
    /// <summary>When the payment reminder is due (cheque and transfer).</summary>
    public DateTimeOffset? RemindAt { get; set; }
    /// <summary>Set once the PDF, the email and the contact of a confirmation are done.</summary>
    public DateTimeOffset? ConfirmationDoneAt { get; set; }
    public string? CheckoutSessionId { get; set; }
    public string? CheckoutUrl { get; set; }
    public string? RefusalJson { get; set; }
}
