using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Congress.Platform.Problems;

/// <summary>
/// A problem answer. Each subclass stands for one status and declares it to the endpoint's metadata,
/// so a handler's result union (<c>Results&lt;Ok&lt;T&gt;, NotFoundProblem, ConflictProblem&gt;</c>) is
/// at once what the compiler lets it return and what /api/openapi.json says it can answer.
/// </summary>
public abstract class ProblemResult(ProblemDocument document)
    : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDocument>, IContentTypeHttpResult
{
    public const string MediaType = "application/problem+json";

    public ProblemDocument Value => document;
    object? IValueHttpResult.Value => document;
    public int? StatusCode => document.Status;
    public string ContentType => MediaType;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var json = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value;
        httpContext.Response.StatusCode = document.Status;
        return httpContext.Response.WriteAsJsonAsync(document, json.SerializerOptions, MediaType);
    }

    /// <summary>Declares that the endpoint can answer this status with a problem document.</summary>
    protected static void Declare(EndpointBuilder builder, int status) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDocument), [MediaType]));
}

/// <summary>A problem the pipeline answers for any endpoint (sign-in, rate limit, unexpected error); declared by <see cref="ProblemResponses"/>.</summary>
public sealed class PipelineProblem(ProblemDocument document) : ProblemResult(document);

public sealed class BadRequestProblem(ProblemDocument document) : ProblemResult(document), IEndpointMetadataProvider
{
    public const int Status = 400;
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, Status);
}

public sealed class UnauthorizedProblem(ProblemDocument document) : ProblemResult(document), IEndpointMetadataProvider
{
    public const int Status = 401;
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, Status);
}

public sealed class NotFoundProblem(ProblemDocument document) : ProblemResult(document), IEndpointMetadataProvider
{
    public const int Status = 404;
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, Status);
}

public sealed class ConflictProblem(ProblemDocument document) : ProblemResult(document), IEndpointMetadataProvider
{
    public const int Status = 409;
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, Status);
}

public sealed class GoneProblem(ProblemDocument document) : ProblemResult(document), IEndpointMetadataProvider
{
    public const int Status = 410;
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, Status);
}

public sealed class PayloadTooLargeProblem(ProblemDocument document) : ProblemResult(document), IEndpointMetadataProvider
{
    public const int Status = 413;
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, Status);
}

public sealed class PreconditionRequiredProblem(ProblemDocument document) : ProblemResult(document), IEndpointMetadataProvider
{
    public const int Status = 428;
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, Status);
}

public sealed class TooManyRequestsProblem(ProblemDocument document) : ProblemResult(document), IEndpointMetadataProvider
{
    public const int Status = 429;
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, Status);
}

public sealed class BadGatewayProblem(ProblemDocument document) : ProblemResult(document), IEndpointMetadataProvider
{
    public const int Status = 502;
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, Status);
}
