using System.Text.Json.Serialization;

namespace Congress.Messaging;

/// <summary>Generated JSON metadata for what this feature's endpoints read and write (see Platform/Hosting/JsonMetadata).</summary>
[JsonSerializable(typeof(List<MessagingFeature.EmailLogLine>))]
internal sealed partial class MessagingJson : JsonSerializerContext;
