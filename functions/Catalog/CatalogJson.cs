using System.Text.Json.Serialization;

namespace Congress.Catalog;

/// <summary>Generated JSON metadata for what this feature's endpoints read and write (see Platform/Hosting/JsonMetadata).</summary>
[JsonSerializable(typeof(AccessCodeInput))]
[JsonSerializable(typeof(AccessGranted))]
[JsonSerializable(typeof(AccessGroupInput))]
[JsonSerializable(typeof(AvailabilityView))]
[JsonSerializable(typeof(CatalogAdminView))]
[JsonSerializable(typeof(DuplicateEventInput))]
[JsonSerializable(typeof(FormView))]
[JsonSerializable(typeof(PhotoCreated))]
[JsonSerializable(typeof(ProductInput))]
[JsonSerializable(typeof(ProviderInput))]
[JsonSerializable(typeof(StepsInput))]
[JsonSerializable(typeof(StockInput))]
[JsonSerializable(typeof(List<ProviderAdminView>))]
[JsonSerializable(typeof(List<StockRowView>))]
internal sealed partial class CatalogJson : JsonSerializerContext;
