using Congress.Platform.Storage;

namespace Congress.Events;

/// <summary>One line of the staff's list of events, drafts included.</summary>
public sealed record EventSummaryView(string Id, string Title, string Status, string StartDate, string EndDate, string Venue,
    string City, DateTimeOffset CreatedAt)
{
    public static EventSummaryView From(EventEntity e) =>
        new(e.RowKey, e.Title, e.Status, e.StartDate, e.EndDate, e.Venue, e.City, e.CreatedAt);
}

/// <summary>
/// An event's settings in the shape of <see cref="EventSettingsInput"/> (same names, same formats), so that a
/// screen loads them, edits them and puts them back; <c>id</c>, <c>createdAt</c> and <c>photos</c> come on top
/// and are ignored by the PUT.
/// </summary>
public sealed record EventSettingsView(
    string Id, string Title, string Venue, string City, double? VenueLatitude, double? VenueLongitude, DateOnly? StartDate,
    DateOnly? EndDate, string TimeZone, string Summary, string PresentationHtml, string TermsHtml, string Status,
    DateTimeOffset? RegistrationOpensAt, DateTimeOffset? RegistrationClosesAt, int MaxParticipants, int DepositPercent,
    IReadOnlyList<string> PaymentMethods, int HoldMinutes, int ManualPaymentDays, int ReminderDays, string Payee,
    string PayeeAddress, string Iban, string Bic, DateTimeOffset CreatedAt, IReadOnlyList<PhotoView> Photos,
    IReadOnlyList<string>? AvailablePaymentMethods = null)
{
    public static EventSettingsView From(EventEntity e) => new(
        e.RowKey, e.Title, e.Venue, e.City, e.VenueLatitude, e.VenueLongitude, IsoDate.Parse(e.StartDate), IsoDate.Parse(e.EndDate),
        e.TimeZone, e.Summary, e.PresentationHtml, e.TermsHtml, e.Status, e.RegistrationOpensAt, e.RegistrationClosesAt,
        e.MaxParticipants, e.DepositPercent, e.PaymentMethodList(), e.HoldMinutes, e.ManualPaymentDays, e.ReminderDays, e.Payee,
        e.PayeeAddress, e.Iban, e.Bic, e.CreatedAt,
        PhotoAlbum.Parse(e.Photos).Select(id => new PhotoView(id, $"{PhotoAlbum.EventUrlPrefix(e.RowKey)}/{id}")).ToList());
}

internal static class IsoDate
{
    public static DateOnly? Parse(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var date) ? date : null;
}
