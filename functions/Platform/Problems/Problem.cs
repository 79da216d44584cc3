using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Platform.Problems;

/// <summary>
/// RFC 9457 problem details with the French texts beside the English ones and the fields at
/// fault. Every error the API returns goes through here so that clients read one shape.
/// </summary>
public static class Problem
{
    private const string TypeBase = "https://congress.example/problems/";

    public static ProblemHttpResult Validation(IEnumerable<FieldError> errors) => Create(400, "validation",
        "Some fields are invalid.", "Certains champs sont invalides.",
        "Correct the fields listed in errors.", "Corrigez les champs indiqués.", errors);

    public static ProblemHttpResult Validation(params FieldError[] errors) => Validation(errors.AsEnumerable());

    public static ProblemHttpResult NotFound() => Create(404, "not-found", "Not found.", "Introuvable.",
        "Nothing matches this address.", "Rien ne correspond à cette adresse.");

    public static ProblemHttpResult UnsupportedMediaType() => Create(415, "media-type", "Unsupported media type.",
        "Type de contenu non pris en charge.", "Send JSON with Content-Type: application/json.",
        "Envoyez du JSON avec Content-Type: application/json.");

    public static ProblemHttpResult Conflict(string en, string fr) =>
        Create(409, "conflict", "Conflict.", "Conflit.", en, fr);

    public static ProblemHttpResult Create(int status, string type, string titleEn, string titleFr,
        string detailEn, string detailFr, IEnumerable<FieldError>? errors = null)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["title_fr"] = titleFr,
            ["detail_fr"] = detailFr,
        };
        if (errors is not null)
        {
            extensions["errors"] = errors
                .GroupBy(e => e.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => new { e.Code, e.Fr, e.En }).ToArray());
        }
        return TypedResults.Problem(detail: detailEn, statusCode: status, title: titleEn,
            type: TypeBase + type, extensions: extensions);
    }
}
