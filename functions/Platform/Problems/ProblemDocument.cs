using System.Text.Json.Serialization;

namespace Congress.Platform.Problems;

/// <summary>
/// The body of every error answer (RFC 9457 problem details): English in <c>title</c>/<c>detail</c>,
/// French beside them, and the fields at fault. One type, so the OpenAPI document describes it once.
/// </summary>
public sealed record ProblemDocument(
    string Type,
    string Title,
    int Status,
    string Detail,
    [property: JsonPropertyName("title_fr")] string TitleFr,
    [property: JsonPropertyName("detail_fr")] string DetailFr,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyDictionary<string, IReadOnlyList<FieldMessage>>? Errors);

/// <summary>One message about one field: a stable code and the text in both languages.</summary>
public sealed record FieldMessage(string Code, string Fr, string En);
