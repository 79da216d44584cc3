using Congress.Platform.Storage;

namespace Congress.Events;

public static class EventStatus
{
    public const string Draft = "Draft";
    public const string Published = "Published";
}

/// <summary>Storage row of an event: partition "event", row key the event id.</summary>
public sealed class EventEntity : TableRow
{
    public const string Partition = "event";

    public EventEntity() => PartitionKey = Partition;

    public string Title { get; set; } = "";
    public string Venue { get; set; } = "";
    public string City { get; set; } = "";
    /// <summary>ISO dates (yyyy-MM-dd) in the event's time zone.</summary>
    public string StartDate { get; set; } = "";
    public string EndDate { get; set; } = "";
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>The event's time zone (checked when set); days of the event's lists and figures are its days.</summary>
    public TimeZoneInfo Zone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The day an instant falls on in the event's time zone.</summary>
    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone()).DateTime);
    public string Summary { get; set; } = "";
    /// <summary>Where the venue is, for the hotels' map and distances.</summary>
    public double? VenueLatitude { get; set; }
    public double? VenueLongitude { get; set; }
    public string Status { get; set; } = EventStatus.Draft;
    public DateTimeOffset CreatedAt { get; set; }

    // Registration settings (issue 4): what the form offers and how payment works.
    /// <summary>Sanitised HTML shown on the form's first page and the terms to accept.</summary>
    public string PresentationHtml { get; set; } = "";
    public string TermsHtml { get; set; } = "";
    public DateTimeOffset? RegistrationOpensAt { get; set; }
    public DateTimeOffset? RegistrationClosesAt { get; set; }
    public int MaxParticipants { get; set; } = 10;
    /// <summary>Share of the total asked at booking, 1–100 (100: everything at once).</summary>
    public int DepositPercent { get; set; } = 100;
    /// <summary>Comma-separated: card, cheque, transfer.</summary>
    public string PaymentMethods { get; set; } = "card";
    /// <summary>How long stock stays held while a card payment is made.</summary>
    /// <remarks>At least 35: Stripe Checkout sessions last 30 minutes at the least, and the session must end with the hold.</remarks>
    public int HoldMinutes { get; set; } = 35;
    /// <summary>Days allowed to pay by cheque or transfer; a reminder goes out after ReminderDays.</summary>
    public int ManualPaymentDays { get; set; } = 10;
    public int ReminderDays { get; set; } = 5;
    public string Payee { get; set; } = "";
    public string Iban { get; set; } = "";
    public string Bic { get; set; } = "";
    public string PayeeAddress { get; set; } = "";
    /// <summary>Photo ids in display order, separated by ','.</summary>
    public string Photos { get; set; } = "";

    public IReadOnlyList<string> PaymentMethodList() =>
        PaymentMethods.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsOpenAt(DateTimeOffset now) => Status == EventStatus.Published
        && (RegistrationOpensAt is null || now >= RegistrationOpensAt)
        && (RegistrationClosesAt is null || now < RegistrationClosesAt);
}
