using System.Text.Json.Serialization;

namespace Congress.FollowUp;

/// <summary>Generated JSON metadata for what this feature's endpoints read and write (see Platform/Hosting/JsonMetadata).</summary>
[JsonSerializable(typeof(CancelInput))]
[JsonSerializable(typeof(EmailContent))]
[JsonSerializable(typeof(EventStatistics))]
[JsonSerializable(typeof(RefundInput))]
[JsonSerializable(typeof(RegistrationFile))]
[JsonSerializable(typeof(RegistrationList))]
[JsonSerializable(typeof(List<EmailSummary>))]
internal sealed partial class FollowUpJson : JsonSerializerContext;
