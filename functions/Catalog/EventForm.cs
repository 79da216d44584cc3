using System.Globalization;
using Congress.Events;
using Congress.Platform.Storage;

namespace Congress.Catalog;

public sealed record Step(string Id, int Order, string Kind, LocalizedText Title, LocalizedText Intro, string Choice);

public sealed record Product(
    string Id, string StepId, LocalizedText Label, LocalizedText Description, string ProviderId,
    decimal PriceIncl, decimal VatRate, string Unit, DateOnly Start, DateOnly End, string Audience,
    string AccessGroup, bool Mandatory, string Capacity, string? RoomType, string? Formula, int? MaxOccupancy,
    int SortOrder, IReadOnlyList<string> Photos, decimal? CommissionPercent = null, IReadOnlyDictionary<DateOnly, decimal>? NightPrices = null)
{
    /// <summary>What one night costs: its own price when the nights differ, else <see cref="PriceIncl"/>.</summary>
    public decimal PriceOf(DateOnly night) => NightPrices is not null && NightPrices.TryGetValue(night, out var price) ? price : PriceIncl;

    /// <summary>The nights from <paramref name="arrival"/> (one room), each at its own price.</summary>
    public decimal PriceOfNights(DateOnly arrival, int nights) => Enumerable.Range(0, nights).Sum(n => PriceOf(arrival.AddDays(n)));

    /// <summary>Excluding VAT, rounded to the cent: what the seed shows as "HT".</summary>
    public decimal PriceExcl => Platform.Text.Money.Excluding(PriceIncl, VatRate);

    public bool IsRoom => Unit == ProductUnits.PerRoomPerNight;
    public bool Restricted => AccessGroup.Length > 0;

    public static Product From(ProductEntity e) => new(e.ProductId, e.StepId, new(e.LabelFr, e.LabelEn),
        new(e.DescriptionFr, e.DescriptionEn), e.ProviderId, e.PriceInclCents / 100m,
        decimal.Parse(e.VatRate, CultureInfo.InvariantCulture), e.Unit, DateOnly.Parse(e.StartDate, CultureInfo.InvariantCulture),
        DateOnly.Parse(e.EndDate, CultureInfo.InvariantCulture), e.Audience, e.AccessGroup, e.Mandatory, e.Capacity,
        e.RoomType, e.Formula, e.MaxOccupancy, e.SortOrder, PhotoAlbum.Parse(e.Photos),
        e.CommissionPercent is { Length: > 0 } rate ? decimal.Parse(rate, CultureInfo.InvariantCulture) : null,
        NightPriceList.Read(e.NightPricesJson));
}

public sealed record AccessGroup(string Code, string Group, LocalizedText Label);

/// <summary>Everything the form of one event offers, read in one go.</summary>
public sealed record EventForm(
    EventEntity Event,
    IReadOnlyList<Step> Steps,
    IReadOnlyList<Product> Products,
    IReadOnlyList<AccessGroup> AccessGroups,
    IReadOnlyDictionary<string, ProviderEntity> Providers)
{
    public string EventId => Event.RowKey;

    public Product? FindProduct(string id) => Products.FirstOrDefault(p => p.Id == id);

    public Step? FindStep(string id) => Steps.FirstOrDefault(s => s.Id == id);

    /// <summary>The group unlocked by an access code, or null when the code is unknown.</summary>
    public string? GroupFor(string? code) => string.IsNullOrWhiteSpace(code)
        ? null
        : AccessGroups.FirstOrDefault(g => string.Equals(g.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))?.Group;

    public bool IsVisible(Product product, string? unlockedGroup) =>
        !product.Restricted || string.Equals(product.AccessGroup, unlockedGroup, StringComparison.Ordinal);

    public DateOnly StartDate => DateOnly.Parse(Event.StartDate, CultureInfo.InvariantCulture);
    public DateOnly EndDate => DateOnly.Parse(Event.EndDate, CultureInfo.InvariantCulture);
}
