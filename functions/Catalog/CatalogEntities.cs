using Congress.Platform.Storage;

namespace Congress.Catalog;

/// <summary>
/// The catalog of one event lives in one partition (the event id) of the Catalog table, so that the
/// whole form is one partition read: steps ("step|NN|id"), products ("product|id"), access groups
/// ("access|CODE").
/// </summary>
public static class CatalogKeys
{
    public const string Table = "Catalog";
    public const string ProvidersTable = "Providers";
    public const string ProviderPartition = "provider";

    public static string Step(int order, string id) => $"step|{order:D2}|{id}";
    public static string Product(string id) => "product|" + id;
    public static string Access(string code) => "access|" + code.Trim().ToUpperInvariant();
}

public sealed class StepEntity : TableRow
{
    public string StepId { get; set; } = "";
    public int Order { get; set; }
    public string Kind { get; set; } = StepKinds.Free;
    public string TitleFr { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string IntroFr { get; set; } = "";
    public string IntroEn { get; set; } = "";
    public string Choice { get; set; } = ChoiceRules.None;
}

public sealed class ProductEntity : TableRow
{
    public string ProductId { get; set; } = "";
    public string StepId { get; set; } = "";
    public string LabelFr { get; set; } = "";
    public string LabelEn { get; set; } = "";
    public string DescriptionFr { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string ProviderId { get; set; } = "";
    /// <summary>Price including VAT in cents (tables have no decimal type).</summary>
    public long PriceInclCents { get; set; }
    /// <summary>VAT rate in percent as invariant text ("20", "5.5"): read as decimal.</summary>
    public string VatRate { get; set; } = "0";
    public string Unit { get; set; } = ProductUnits.PerPerson;
    /// <summary>First and last day the product concerns (yyyy-MM-dd).</summary>
    public string StartDate { get; set; } = "";
    public string EndDate { get; set; } = "";
    public string Audience { get; set; } = Audiences.Both;
    /// <summary>Access group code that unlocks the product; empty for everyone.</summary>
    public string AccessGroup { get; set; } = "";
    public bool Mandatory { get; set; }
    public string Capacity { get; set; } = CapacityModes.None;
    public string? RoomType { get; set; }
    public string? Formula { get; set; }
    public int? MaxOccupancy { get; set; }
    public int SortOrder { get; set; }
    /// <summary>Photo ids in display order, separated by ','.</summary>
    public string Photos { get; set; } = "";
    /// <summary>Commission in percent for this product only (invariant text); null: the provider's rate.</summary>
    public string? CommissionPercent { get; set; }
    /// <summary>
    /// A room's price per night in cents when the nights differ (<c>{"2027-03-24":9200}</c>, as a hotel
    /// answered a room block); null: <see cref="PriceInclCents"/> every night.
    /// </summary>
    public string? NightPricesJson { get; set; }
}

public sealed class AccessGroupEntity : TableRow
{
    public string Code { get; set; } = "";
    public string Group { get; set; } = "";
    public string LabelFr { get; set; } = "";
    public string LabelEn { get; set; } = "";
}

public sealed class ProviderEntity : TableRow
{
    public ProviderEntity() => PartitionKey = CatalogKeys.ProviderPartition;

    public string Name { get; set; } = "";
    public string Kind { get; set; } = ProviderKinds.Hotel;
    public int Stars { get; set; }
    /// <summary>Comma-separated amenity codes.</summary>
    public string Amenities { get; set; } = "";
    public string Address { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string DescriptionFr { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string CheckIn { get; set; } = "";
    public string CheckOut { get; set; } = "";
    public string Email { get; set; } = "";
    /// <summary>Organiser's share of this provider's sales, in percent, as invariant text ("8").</summary>
    public string CommissionPercent { get; set; } = "0";
    /// <summary>Photo ids in display order, separated by ','.</summary>
    public string Photos { get; set; } = "";

    [System.Runtime.Serialization.IgnoreDataMember]
    public List<string> PhotoList => PhotoAlbum.Parse(Photos);
}
