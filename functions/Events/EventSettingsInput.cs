using Congress.Payments;
using Congress.Platform.Problems;
using Congress.Platform.Text;

namespace Congress.Events;

/// <summary>An event and its registration settings, as staff set them.</summary>
public sealed record EventSettingsInput(
    string? Title, string? Venue, string? City, double? VenueLatitude, double? VenueLongitude, DateOnly? StartDate,
    DateOnly? EndDate, string? TimeZone, string? Summary, string? PresentationHtml, string? TermsHtml, string? Status,
    DateTimeOffset? RegistrationOpensAt, DateTimeOffset? RegistrationClosesAt, int MaxParticipants, int DepositPercent,
    string[]? PaymentMethods, int HoldMinutes, int ManualPaymentDays, int ReminderDays, string? Payee, string? PayeeAddress,
    string? Iban, string? Bic) : IValidatable
{
    /// <summary>Staff HTML (presentation, terms): each kept in its own table property (64 KiB).</summary>
    public const int MaxRichText = 20_000;

    public IEnumerable<FieldError> Validate()
    {
        foreach (var e in Check.Text("title", Title, 150)) yield return e;
        foreach (var e in Check.Text("venue", Venue, 150)) yield return e;
        foreach (var e in Check.Text("city", City, 80)) yield return e;
        foreach (var e in Check.Text("summary", Summary, 2000, required: false)) yield return e;
        foreach (var e in Check.Text("presentationHtml", PresentationHtml, MaxRichText, required: false)) yield return e;
        foreach (var e in Check.Text("termsHtml", TermsHtml, MaxRichText, required: false)) yield return e;
        foreach (var e in Check.Text("payee", Payee, 140, required: false)) yield return e;
        foreach (var e in Check.Text("payeeAddress", PayeeAddress, 300, required: false)) yield return e;
        foreach (var e in Check.Text("iban", Iban, 50, required: false)) yield return e;
        foreach (var e in Check.Text("bic", Bic, 20, required: false)) yield return e;
        if (StartDate is null) yield return FieldError.Required("startDate");
        if (EndDate is null || EndDate < StartDate) yield return FieldError.Invalid("endDate", Message.Fr("Fin avant le début.").En("End before start."));
        if (TimeZone is not { Length: <= 100 } || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            yield return FieldError.Invalid("timeZone", Message.Fr("Fuseau horaire inconnu (ex. Europe/Paris).").En("Unknown time zone (e.g. Europe/Paris)."));
        if (Status is not (EventStatus.Draft or EventStatus.Published))
            yield return FieldError.Invalid("status", Message.Fr("Brouillon (Draft) ou publié (Published).").En("Draft or Published."));
        if (RegistrationClosesAt <= RegistrationOpensAt)
            yield return FieldError.Invalid("registrationClosesAt", Message.Fr("Fermeture avant l'ouverture.").En("Closes before it opens."));
        if (MaxParticipants is < 1 or > 50) yield return FieldError.Invalid("maxParticipants", Message.Fr("Entre 1 et 50.").En("Between 1 and 50."));
        if (DepositPercent is < 1 or > 100) yield return FieldError.Invalid("depositPercent", Message.Fr("Entre 1 et 100 %.").En("Between 1 and 100 %."));
        var methods = PaymentMethods ?? [];
        if (methods.Length == 0 || methods.Any(m => !Payments.PaymentMethods.All.Contains(m)))
            yield return FieldError.Invalid("paymentMethods", Message.Fr("Carte, chèque et/ou virement.").En("Card, cheque and/or transfer."));
        if (HoldMinutes is < 35 or > 1435)
            yield return FieldError.Invalid("holdMinutes", Message.Fr("Entre 35 minutes et 23 h 55 (limites de Stripe Checkout).")
                .En("Between 35 minutes and 23 h 55 (Stripe Checkout's limits)."));
        if (ManualPaymentDays is < 1 or > 60) yield return FieldError.Invalid("manualPaymentDays", Message.Fr("Entre 1 et 60 jours.").En("Between 1 and 60 days."));
        if (ReminderDays < 1 || ReminderDays >= ManualPaymentDays)
            yield return FieldError.Invalid("reminderDays", Message.Fr("Avant la fin du délai de paiement.").En("Before the payment deadline."));
        if (methods.Contains(Payments.PaymentMethods.Cheque) || methods.Contains(Payments.PaymentMethods.Transfer))
            foreach (var e in Check.Text("payee", Payee, 140)) yield return e;
        if (methods.Contains(Payments.PaymentMethods.Transfer) && !Platform.Text.Iban.IsValid(Iban))
            yield return FieldError.Invalid("iban", Message.Fr("IBAN invalide (clé de contrôle).").En("Invalid IBAN (check digits)."));
        if (!string.IsNullOrWhiteSpace(Bic) && !Platform.Text.Iban.IsValidBic(Bic.Trim().ToUpperInvariant()))
            yield return FieldError.Invalid("bic", Message.Fr("BIC : 8 ou 11 caractères.").En("BIC: 8 or 11 characters."));
        if (VenueLatitude is < -90 or > 90) yield return FieldError.Invalid("venueLatitude", Message.Fr("Entre -90 et 90.").En("Between -90 and 90."));
        if (VenueLongitude is < -180 or > 180) yield return FieldError.Invalid("venueLongitude", Message.Fr("Entre -180 et 180.").En("Between -180 and 180."));
    }

    /// <summary>Staff HTML is sanitised on the way in.</summary>
    public EventSettings ToCommand() => new(Validated.Present(Title).Trim(), Validated.Present(Venue).Trim(), Validated.Present(City).Trim(),
        VenueLatitude, VenueLongitude, Validated.Present(StartDate), Validated.Present(EndDate), Validated.Present(TimeZone),
        Summary?.Trim() ?? "", StaffHtml.Clean(PresentationHtml), StaffHtml.Clean(TermsHtml), Validated.Present(Status),
        RegistrationOpensAt, RegistrationClosesAt, MaxParticipants, DepositPercent, Validated.Present(PaymentMethods).Distinct().ToList(),
        HoldMinutes, ManualPaymentDays, ReminderDays, Payee?.Trim() ?? "", PayeeAddress?.Trim() ?? "",
        string.IsNullOrWhiteSpace(Iban) ? "" : Platform.Text.Iban.Normalize(Iban), Bic?.Trim().ToUpperInvariant() ?? "");
}

/// <summary>Checked settings of an event, as they are stored (texts trimmed, HTML sanitised, an optional text left out is empty).</summary>
public sealed record EventSettings(
    string Title, string Venue, string City, double? VenueLatitude, double? VenueLongitude, DateOnly StartDate, DateOnly EndDate,
    string TimeZone, string Summary, string PresentationHtml, string TermsHtml, string Status, DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt, int MaxParticipants, int DepositPercent, IReadOnlyList<string> PaymentMethods, int HoldMinutes,
    int ManualPaymentDays, int ReminderDays, string Payee, string PayeeAddress, string Iban, string Bic)
{
    public void ApplyTo(EventEntity e)
    {
        e.Title = Title; e.Venue = Venue; e.City = City; e.VenueLatitude = VenueLatitude; e.VenueLongitude = VenueLongitude;
        e.StartDate = StartDate.ToString("yyyy-MM-dd"); e.EndDate = EndDate.ToString("yyyy-MM-dd");
        e.TimeZone = TimeZone; e.Summary = Summary; e.PresentationHtml = PresentationHtml; e.TermsHtml = TermsHtml;
        e.Status = Status; e.RegistrationOpensAt = RegistrationOpensAt; e.RegistrationClosesAt = RegistrationClosesAt;
        e.MaxParticipants = MaxParticipants; e.DepositPercent = DepositPercent;
        e.PaymentMethods = string.Join(',', PaymentMethods); e.HoldMinutes = HoldMinutes;
        e.ManualPaymentDays = ManualPaymentDays; e.ReminderDays = ReminderDays;
        e.Payee = Payee; e.PayeeAddress = PayeeAddress; e.Iban = Iban; e.Bic = Bic;
    }
}
