using System.Text.Json.Serialization;

namespace Congress.Platform.Problems;

/// <summary>Generated JSON metadata for the error body every endpoint can answer.</summary>
[JsonSerializable(typeof(ProblemDocument))]
internal sealed partial class ProblemsJson : JsonSerializerContext;
