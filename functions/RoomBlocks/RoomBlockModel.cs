using System.Runtime.Serialization;
using System.Text.Json;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.RoomBlocks;

/// <summary>A room type asked, and whether the provider is asked how many it has (or only a price).</summary>
public sealed record RoomTypeAsk(string Type, bool AskAvailability);

/// <summary>Rooms of one type for one night at one price, as a provider offers them.</summary>
public sealed record RoomOffer(string Type, DateOnly Night, int Rooms, decimal Price);

public static class RoomBlockStatus
{
    public const string Open = "Open";
    public const string Released = "Released";
}

/// <summary>
/// A room block request (demande d'allotement) of an event: the nights and room types asked, the
/// providers asked, the answer deadline and the release date. Partition: the event; row: its number.
/// </summary>
public sealed class RoomBlockRequestRow : TableRow
{
    public const string Table = "RoomBlockRequests";

    [IgnoreDataMember]
    public string Number => RowKey;

    public string FirstNight { get; set; } = "";
    public string LastNight { get; set; } = "";
    public string RoomTypesJson { get; set; } = "[]";
    /// <summary>Provider ids, comma-separated.</summary>
    public string ProviderIds { get; set; } = "";
    public string AnswerBy { get; set; } = "";
    public string ReleaseOn { get; set; } = "";
    public string Status { get; set; } = RoomBlockStatus.Open;
    public string Remarks { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? ReleasedAt { get; set; }
    /// <summary>What the release did, per provider: the final figures sent to each.</summary>
    public string? ReleaseJson { get; set; }

    public IReadOnlyList<RoomTypeAsk> RoomTypeList() =>
        JsonSerializer.Deserialize<List<RoomTypeAsk>>(RoomTypesJson, JsonDefaults.Options) ?? [];

    public IReadOnlyList<string> ProviderList() => ProviderIds.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<DateOnly> Nights()
    {
        var (first, last) = (DateOnly.Parse(FirstNight), DateOnly.Parse(LastNight));
        return Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays).ToList();
    }
}

public static class AnswerStatus
{
    public const string Draft = "Draft";
    public const string Submitted = "Submitted";
}

/// <summary>One provider's answer to a request. Partition: the request number; row: the provider.</summary>
public sealed class RoomBlockAnswerRow : TableRow
{
    public const string Table = "RoomBlockAnswers";

    [IgnoreDataMember]
    public string ProviderId => RowKey;

    public string Status { get; set; } = AnswerStatus.Draft;
    public string OffersJson { get; set; } = "[]";
    public string Remarks { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public string? AcceptedBy { get; set; }

    public IReadOnlyList<RoomOffer> Offers() => JsonSerializer.Deserialize<List<RoomOffer>>(OffersJson, JsonDefaults.Options) ?? [];
}
