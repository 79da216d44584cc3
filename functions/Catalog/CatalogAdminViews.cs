using System.Globalization;
using Congress.Platform.Storage;

namespace Congress.Catalog;

/// <summary>An event's steps, products and access groups, each in the shape its PUT takes.</summary>
public sealed record CatalogAdminView(IReadOnlyList<StepInput> Steps, IReadOnlyList<ProductAdminView> Products,
    IReadOnlyList<AccessGroupAdminView> AccessGroups)
{
    public static CatalogAdminView From(EventForm form) => new(
        form.Steps.Select(s => new StepInput(s.Id, s.Kind, new(s.Title.Fr, s.Title.En), new(s.Intro.Fr, s.Intro.En), s.Choice)).ToList(),
        form.Products.Select(p => ProductAdminView.From(form.EventId, p)).ToList(),
        form.AccessGroups.OrderBy(g => g.Code, StringComparer.Ordinal)
            .Select(g => new AccessGroupAdminView(g.Code, g.Group, new(g.Label.Fr, g.Label.En))).ToList());
}

/// <summary>
/// A product with the fields of <see cref="ProductInput"/>, plus its id, photos and a room's own prices
/// per night (set by accepting a room block; null: <see cref="PriceIncl"/> every night).
/// </summary>
public sealed record ProductAdminView(
    string Id, string StepId, TextInput Label, TextInput Description, string ProviderId, decimal PriceIncl, decimal VatRate,
    string Unit, DateOnly StartDate, DateOnly EndDate, string Audience, string AccessGroup, bool Mandatory, string Capacity,
    string? RoomType, string? Formula, int? MaxOccupancy, int SortOrder, IReadOnlyList<PhotoView> Photos, decimal? CommissionPercent,
    IReadOnlyDictionary<string, decimal>? NightPrices)
{
    public static ProductAdminView From(string eventId, Product p) => new(
        p.Id, p.StepId, new(p.Label.Fr, p.Label.En), new(p.Description.Fr, p.Description.En), p.ProviderId, p.PriceIncl, p.VatRate,
        p.Unit, p.Start, p.End, p.Audience, p.AccessGroup, p.Mandatory, p.Capacity, p.RoomType, p.Formula, p.MaxOccupancy,
        p.SortOrder, p.Photos.Select(id => new PhotoView(id, $"{PhotoAlbum.ProductUrlPrefix(eventId, p.Id)}/{id}")).ToList(),
        p.CommissionPercent, NightPriceList.View(p.NightPrices));
}

/// <summary>An access code (the key of its PUT) with the fields of <see cref="AccessGroupInput"/>.</summary>
public sealed record AccessGroupAdminView(string Code, string Group, TextInput Label);

/// <summary>A provider with the fields of <see cref="ProviderInput"/>, plus its id and photos.</summary>
public sealed record ProviderAdminView(
    string Id, string Name, string Kind, int Stars, IReadOnlyList<string> Amenities, string Address, string PostalCode, string City,
    double? Latitude, double? Longitude, TextInput Description, string CheckIn, string CheckOut, string Email,
    decimal CommissionPercent, IReadOnlyList<PhotoView> Photos)
{
    public static ProviderAdminView From(ProviderEntity e) => new(
        e.RowKey, e.Name, e.Kind, e.Stars, e.Amenities.Split(',', StringSplitOptions.RemoveEmptyEntries), e.Address, e.PostalCode,
        e.City, e.Latitude, e.Longitude, new(e.DescriptionFr, e.DescriptionEn), e.CheckIn, e.CheckOut, e.Email,
        decimal.TryParse(e.CommissionPercent, NumberStyles.Number, CultureInfo.InvariantCulture, out var share) ? share : 0m,
        e.PhotoList.Select(id => new PhotoView(id, $"{PhotoAlbum.ProviderUrlPrefix(e.RowKey)}/{id}")).ToList());
}
