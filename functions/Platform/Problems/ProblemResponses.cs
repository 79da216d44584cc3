using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.RateLimiting;

namespace Congress.Platform.Problems;

/// <summary>
/// The problems the pipeline can answer for an endpoint, whatever its handler returns: 401/403 where
/// sign-in or a role is needed, 429 where a rate limit applies, 400 (and 415) where a body or a typed
/// parameter is bound, 500 everywhere. Declared once on the root group, read from each endpoint's own
/// metadata, so /api/openapi.json lists them beside the handler's own outcomes.
/// </summary>
public static class ProblemResponses
{
    public static TBuilder DeclarePipelineProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(Declare);
        return builder;
    }

    private static void Declare(EndpointBuilder endpoint)
    {
        var metadata = endpoint.Metadata;
        var declared = metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
        void Add(int status)
        {
            if (declared.Add(status))
                metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDocument), [ProblemResult.MediaType]));
        }

        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            Add(401);
            if (metadata.OfType<IAuthorizeData>().Any()) Add(403);
        }
        if (metadata.OfType<EnableRateLimitingAttribute>().Any()) Add(429);
        if (metadata.OfType<IAcceptsMetadata>().Any())
        {
            Add(400);
            Add(415);
        }
        else if (metadata.OfType<MethodInfo>().FirstOrDefault() is { } handler && handler.GetParameters().Any(BindsFromText))
            Add(400);
        Add(500);
    }

    /// <summary>A route or query value parsed into a typed value can fail to bind (a date, a number, an enum).</summary>
    private static bool BindsFromText(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(DateTimeOffset)
               || type == typeof(DateTime) || type == typeof(TimeOnly) || type == typeof(Guid);
    }
}
