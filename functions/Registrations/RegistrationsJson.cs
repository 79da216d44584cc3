using System.Text.Json.Serialization;

namespace Congress.Registrations;

/// <summary>Generated JSON metadata for what this feature's endpoints read and write (see Platform/Hosting/JsonMetadata).</summary>
[JsonSerializable(typeof(BasketInput))]
[JsonSerializable(typeof(ContactInput))]
[JsonSerializable(typeof(ManualPaymentInput))]
[JsonSerializable(typeof(Quote))]
[JsonSerializable(typeof(RegistrationView))]
[JsonSerializable(typeof(SubmitInput))]
[JsonSerializable(typeof(SubmitResponse))]
[JsonSerializable(typeof(List<HistoryEntry>))]
internal sealed partial class RegistrationsJson : JsonSerializerContext;
