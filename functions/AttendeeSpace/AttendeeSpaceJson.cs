using System.Text.Json.Serialization;

namespace Congress.AttendeeSpace;

/// <summary>Generated JSON metadata for what this feature's endpoints read and write (see Platform/Hosting/JsonMetadata).</summary>
[JsonSerializable(typeof(AttendeeLogin))]
[JsonSerializable(typeof(AttendeeMe))]
[JsonSerializable(typeof(ResetConfirm))]
[JsonSerializable(typeof(ResetRequest))]
[JsonSerializable(typeof(List<AttendeeRegistration>))]
internal sealed partial class AttendeeSpaceJson : JsonSerializerContext;
