using System.Text.Json.Serialization;

namespace Congress.Events;

/// <summary>Generated JSON metadata for what this feature's endpoints read and write (see Platform/Hosting/JsonMetadata).</summary>
[JsonSerializable(typeof(EventSettingsInput))]
[JsonSerializable(typeof(EventSettingsView))]
[JsonSerializable(typeof(EventSummaryView))]
[JsonSerializable(typeof(PublicEvent))]
[JsonSerializable(typeof(List<EventSummaryView>))]
[JsonSerializable(typeof(List<PublicEvent>))]
internal sealed partial class EventsJson : JsonSerializerContext;
