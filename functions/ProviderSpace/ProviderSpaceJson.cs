using System.Text.Json.Serialization;

namespace Congress.ProviderSpace;

/// <summary>Generated JSON metadata for what this feature's endpoints read and write (see Platform/Hosting/JsonMetadata).</summary>
[JsonSerializable(typeof(AnswerInput))]
[JsonSerializable(typeof(LinkRequestInput))]
[JsonSerializable(typeof(OpenLinkInput))]
[JsonSerializable(typeof(ProviderLinkOpened))]
[JsonSerializable(typeof(ProviderLinkView))]
[JsonSerializable(typeof(ProviderMe))]
[JsonSerializable(typeof(ProviderProfileInput))]
[JsonSerializable(typeof(ProviderProfileView))]
[JsonSerializable(typeof(ProviderRequestView))]
[JsonSerializable(typeof(SpaceLinkSent))]
[JsonSerializable(typeof(List<PlanningProduct>))]
[JsonSerializable(typeof(List<ProviderEventView>))]
[JsonSerializable(typeof(List<ProviderRequestView>))]
internal sealed partial class ProviderSpaceJson : JsonSerializerContext;
