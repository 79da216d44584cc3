using Congress.Events;
using Congress.Platform.Storage;

namespace Congress.Catalog;

public sealed record FormEventView(
    string Id, string Title, string Venue, string City, double? Latitude, double? Longitude, string StartDate,
    string EndDate, string TimeZone, string PresentationHtml, string TermsHtml, int MaxParticipants, int DepositPercent,
    IReadOnlyList<string> PaymentMethods, int HoldMinutes, bool RegistrationOpen, IReadOnlyList<string> Photos);

public sealed record StepView(string Id, string Kind, LocalizedText Title, LocalizedText Intro, string Choice);

public sealed record ProductView(
    string Id, string StepId, string Kind, LocalizedText Label, LocalizedText Description, string ProviderId,
    decimal PriceIncl, decimal PriceExcl, decimal VatRate, string Unit, IReadOnlyList<string> Dates, string Audience,
    bool Mandatory, bool Restricted, string Capacity, string? RoomType, string? Formula, int? MaxOccupancy,
    IReadOnlyList<string> Photos, IReadOnlyDictionary<string, decimal>? NightPrices);

public sealed record HotelView(
    string Id, string Name, int Stars, IReadOnlyList<string> Amenities, string Address, string PostalCode, string City,
    double? Latitude, double? Longitude, LocalizedText Description, string CheckIn, string CheckOut, IReadOnlyList<string> Photos);

/// <summary>What the public form shows of an event: never storage rows, never other groups' products.</summary>
public sealed record FormView(FormEventView Event, IReadOnlyList<StepView> Steps, IReadOnlyList<ProductView> Products,
    IReadOnlyList<HotelView> Hotels)
{
    public static FormView From(EventForm form, string? group, DateTimeOffset now, IReadOnlyList<string> paymentMethods)
    {
        var e = form.Event;
        var products = form.Products.Where(p => form.IsVisible(p, group)).ToList();
        return new FormView(
            new FormEventView(e.RowKey, e.Title, e.Venue, e.City, e.VenueLatitude, e.VenueLongitude, e.StartDate, e.EndDate, e.TimeZone, e.PresentationHtml,
                e.TermsHtml, e.MaxParticipants, e.DepositPercent, paymentMethods, e.HoldMinutes, e.IsOpenAt(now),
                PhotoAlbum.Parse(e.Photos).Select(photo => $"{PhotoAlbum.EventUrlPrefix(e.RowKey)}/{photo}").ToList()),
            form.Steps.Select(s => new StepView(s.Id, s.Kind, s.Title, s.Intro, s.Choice)).ToList(),
            products.Select(p => new ProductView(p.Id, p.StepId, form.FindStep(p.StepId)?.Kind ?? StepKinds.Free, p.Label,
                p.Description, p.ProviderId, p.PriceIncl, p.PriceExcl, p.VatRate, p.Unit,
                [p.Start.ToString("yyyy-MM-dd"), p.End.ToString("yyyy-MM-dd")], p.Audience, p.Mandatory, p.Restricted,
                p.Capacity, p.RoomType, p.Formula, p.MaxOccupancy,
                p.Photos.Select(photo => $"{PhotoAlbum.ProductUrlPrefix(form.EventId, p.Id)}/{photo}").ToList(),
                NightPriceList.View(p.NightPrices))).ToList(),
            products.Where(p => p.IsRoom).Select(p => p.ProviderId).Distinct()
                .Select(id => form.Providers.GetValueOrDefault(id)).OfType<ProviderEntity>()
                .Select(h => new HotelView(h.RowKey, h.Name, h.Stars,
                    h.Amenities.Split(',', StringSplitOptions.RemoveEmptyEntries), h.Address, h.PostalCode, h.City,
                    h.Latitude, h.Longitude, new(h.DescriptionFr, h.DescriptionEn), h.CheckIn, h.CheckOut,
                    h.PhotoList.Select(photo => $"{PhotoAlbum.ProviderUrlPrefix(h.RowKey)}/{photo}").ToList()))
                .ToList());
    }
}
