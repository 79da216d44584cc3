using System.Text.Json.Serialization;

namespace Congress.RoomBlocks;

/// <summary>Generated JSON metadata for what this feature's endpoints read and write (see Platform/Hosting/JsonMetadata).</summary>
[JsonSerializable(typeof(CreateRoomBlockInput))]
[JsonSerializable(typeof(RoomBlockSummary))]
[JsonSerializable(typeof(RoomBlockView))]
[JsonSerializable(typeof(IReadOnlyList<AcceptedProduct>))]
[JsonSerializable(typeof(IReadOnlyList<RoomingEntry>))]
[JsonSerializable(typeof(List<RoomBlockView>))]
internal sealed partial class RoomBlocksJson : JsonSerializerContext;
