namespace Congress.Catalog;

/// <summary>A text in the two languages the form speaks.</summary>
public sealed record LocalizedText(string Fr, string En)
{
    public static readonly LocalizedText Empty = new("", "");
}

public static class StepKinds
{
    public const string Participants = "participants";
    public const string Fee = "fee";
    public const string Accommodation = "accommodation";
    public const string Catering = "catering";
    public const string Evenings = "evenings";
    public const string Visits = "visits";
    public const string Free = "free";

    public static readonly IReadOnlyList<string> Product = [Fee, Accommodation, Catering, Evenings, Visits, Free];
}

public static class ChoiceRules
{
    public const string None = "none";
    public const string ExactlyOne = "exactlyOne";
    public const string AtMostOne = "atMostOne";

    public static readonly IReadOnlyList<string> All = [None, ExactlyOne, AtMostOne];
}

public static class ProductUnits
{
    public const string PerPerson = "perPerson";
    public const string PerRoomPerNight = "perRoomPerNight";
    public const string PerUnit = "perUnit";

    public static readonly IReadOnlyList<string> All = [PerPerson, PerRoomPerNight, PerUnit];
}

public static class Audiences
{
    public const string Attendees = "attendees";
    public const string Companions = "companions";
    public const string Both = "both";

    public static readonly IReadOnlyList<string> All = [Attendees, Companions, Both];

    public static bool Allows(string audience, bool companion) =>
        audience == Both || audience == (companion ? Companions : Attendees);
}

public static class CapacityModes
{
    public const string None = "none";
    public const string Total = "total";
    public const string PerNight = "perNight";

    public static readonly IReadOnlyList<string> All = [None, Total, PerNight];
}

/// <summary>Room types of hotel products and room block requests (the seed's Single, Twin, DBLE, triple, QUAD, HANDI).</summary>
public static class RoomTypes
{
    public static readonly IReadOnlyList<string> All = ["single", "twin", "double", "triple", "quad", "accessible"];

    /// <summary>How hotels name them in a summary or a rooming list.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["single"] = "Single", ["twin"] = "Twin", ["double"] = "Double", ["triple"] = "Triple", ["quad"] = "Quad",
        ["accessible"] = "PMR / Accessible",
    };

    /// <summary>Persons a room of the type sleeps.</summary>
    public static int Occupancy(string type) => type switch { "single" => 1, "triple" => 3, "quad" => 4, _ => 2 };
}

public static class RoomFormulas
{
    public static readonly IReadOnlyList<string> All = ["roomOnly", "breakfast1", "breakfast2"];
}

public static class ProviderKinds
{
    public const string Hotel = "hotel";

    public static readonly IReadOnlyList<string> All = [Hotel, "residence", "restaurant", "activity", "venue", "organiser"];
}

public static class Amenities
{
    public static readonly IReadOnlyList<string> All = ["lift", "parking", "garage", "airConditioning", "wifi", "restaurant", "accessible"];
}
