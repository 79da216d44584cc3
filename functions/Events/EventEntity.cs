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
    public string Summary { get; set; } = "";
    public string Status { get; set; } = EventStatus.Draft;
    public DateTimeOffset CreatedAt { get; set; }
}
