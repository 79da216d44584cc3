namespace Congress.Platform.Problems;

/// <summary>
/// RFC 9457 problem details with the French texts beside the English ones and the fields at
/// fault. Every error the API returns goes through here so that clients read one shape; each
/// factory returns the result type of its status, which the endpoint's signature then lists.
/// </summary>
public static class Problem
{
    private const string TypeBase = "https://congress.example/problems/";

    public static BadRequestProblem Validation(IEnumerable<FieldError> errors) => new(Document(BadRequestProblem.Status, "validation",
        Message.Fr("Certains champs sont invalides.").En("Some fields are invalid."),
        Message.Fr("Corrigez les champs indiqués.").En("Correct the fields listed in errors."), errors));

    public static BadRequestProblem Validation(params FieldError[] errors) => Validation(errors.AsEnumerable());

    public static NotFoundProblem NotFound() => new(Document(NotFoundProblem.Status, "not-found",
        Message.Fr("Introuvable.").En("Not found."),
        Message.Fr("Rien ne correspond à cette adresse.").En("Nothing matches this address.")));

    public static UnauthorizedProblem Unauthorized(string type, Message title, Message detail) =>
        new(Document(UnauthorizedProblem.Status, type, title, detail));

    public static ConflictProblem Conflict(string type, Message title, Message detail, IEnumerable<FieldError>? errors = null) =>
        new(Document(ConflictProblem.Status, type, title, detail, errors));

    /// <summary>A conflict said in one sentence, under the plain title "Conflict".</summary>
    public static ConflictProblem Conflict(Message detail) =>
        Conflict("conflict", Message.Fr("Conflit.").En("Conflict."), detail);

    public static GoneProblem Gone(string type, Message title, Message detail) => new(Document(GoneProblem.Status, type, title, detail));

    public static PayloadTooLargeProblem PayloadTooLarge(Message detail) => new(Document(PayloadTooLargeProblem.Status, "payload-too-large",
        Message.Fr("Contenu trop volumineux.").En("Payload too large."), detail));

    public static PreconditionRequiredProblem PreconditionRequired(Message title, Message detail) =>
        new(Document(PreconditionRequiredProblem.Status, "precondition-required", title, detail));

    public static TooManyRequestsProblem TooManyRequests(string type, Message title, Message detail) =>
        new(Document(TooManyRequestsProblem.Status, type, title, detail));

    public static BadGatewayProblem BadGateway(string type, Message title, Message detail, IEnumerable<FieldError>? errors = null) =>
        new(Document(BadGatewayProblem.Status, type, title, detail, errors));

    /// <summary>A problem answered by the pipeline rather than by a handler (status pages, rate limits, exceptions).</summary>
    public static PipelineProblem Pipeline(int status, string type, Message title, Message detail, IEnumerable<FieldError>? errors = null) =>
        new(Document(status, type, title, detail, errors));

    public static PipelineProblem UnsupportedMediaType() => Pipeline(415, "media-type",
        Message.Fr("Type de contenu non pris en charge.").En("Unsupported media type."),
        Message.Fr("Envoyez du JSON avec Content-Type: application/json.").En("Send JSON with Content-Type: application/json."));

    private static ProblemDocument Document(int status, string type, Message title, Message detail, IEnumerable<FieldError>? errors = null) =>
        new(TypeBase + type, title.English, status, detail.English, title.French, detail.French, errors?
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlyList<FieldMessage> (g) =>
                g.Select(e => new FieldMessage(e.Code, e.Message.French, e.Message.English)).ToArray()));
}
