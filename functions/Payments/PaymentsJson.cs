using System.Text.Json.Serialization;

namespace Congress.Payments;

/// <summary>Generated JSON metadata for what this feature's endpoints read and write (see Platform/Hosting/JsonMetadata).</summary>
[JsonSerializable(typeof(StripeWebhookEndpoint.WebhookReceipt))]
internal sealed partial class PaymentsJson : JsonSerializerContext;
