using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace Congress.Platform.Problems;

/// <summary>
/// Turns every failure into a problem document: bad request bodies name the field at fault,
/// unknown routes are 404 problems, and unexpected errors are a 500 without a stack trace.
/// A client's mistake (unreadable body, query value of the wrong type) is one information line in the
/// log; only unexpected errors are logged as errors with their stack trace.
/// </summary>
public static partial class ProblemMiddleware
{
    public static void UseProblems(this WebApplication app)
    {
        app.UseExceptionHandler(errorApp => errorApp.Run(async context =>
        {
            var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            ProblemResult result = error switch
            {
                BadHttpRequestException bad => FromBadRequest(bad),
                _ => Problem.Pipeline(500, "internal", Message.Fr("Erreur inattendue.").En("Unexpected error."),
                    Message.Fr("La demande n'a pas pu aboutir ; l'erreur est enregistrée.")
                    .En("The request could not be completed; it has been logged.")),
            };
            await result.ExecuteAsync(context);
        }));

        app.UseStatusCodePages(async statusContext =>
        {
            var context = statusContext.HttpContext;
            ProblemResult? result = context.Response.StatusCode switch
            {
                404 => Problem.NotFound(),
                405 => Problem.Pipeline(405, "method", Message.Fr("Méthode non permise.").En("Method not allowed."),
                    Message.Fr("Cette adresse n'accepte pas cette méthode.").En("This address does not accept this method.")),
                401 => Problem.Pipeline(401, "unauthenticated", Message.Fr("Connexion requise.").En("Sign-in required."),
                    Message.Fr("Connectez-vous pour utiliser cette adresse.").En("Sign in to use this address.")),
                403 => Problem.Pipeline(403, "forbidden", Message.Fr("Accès refusé.").En("Forbidden."),
                    Message.Fr("Votre rôle ne le permet pas.").En("Your role does not allow this.")),
                415 => Problem.UnsupportedMediaType(),
                // An empty 400 comes from parameter binding (the generated request delegates answer a
                // query value of the wrong type this way without throwing): say which parameter.
                400 => FromBindingFailure(context),
                _ => null,
            };
            if (result is not null) await result.ExecuteAsync(context);
        });

        // Inside the exception handler: a client's mistake is answered here, logged in one line, and
        // never reaches the handler that logs unexpected errors with their stack trace.
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException bad) when (!context.Response.HasStarted)
            {
                var result = FromBadRequest(bad);
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Congress.Problems")
                    .LogInformation("Bad request {Method} {Route}: {Status} {Field}", context.Request.Method,
                        RouteOf(context), bad.StatusCode, (bad.InnerException as JsonException)?.Path ?? ParameterOf(bad) ?? "-");
                await result.ExecuteAsync(context);
            }
        });
    }

    /// <summary>The route's template, not the path: a path can hold an email address.</summary>
    private static string RouteOf(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";

    private static ProblemResult? FromBindingFailure(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        var method = endpoint?.Metadata.GetMetadata<MethodInfo>();
        if (method is null) return null;
        var errors = new List<FieldError>();
        foreach (var parameter in method.GetParameters())
        {
            var name = parameter.GetCustomAttributes().OfType<IFromQueryMetadata>().FirstOrDefault()?.Name ?? parameter.Name;
            if (name is null) continue;
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (!IsSimple(type)) continue;
            var raw = context.Request.RouteValues.TryGetValue(name, out var route) ? route?.ToString()
                : context.Request.Query.TryGetValue(name, out var query) ? query.ToString() : null;
            if (raw is null)
            {
                var optional = parameter.HasDefaultValue || Nullable.GetUnderlyingType(parameter.ParameterType) is not null
                               || type == typeof(string);
                if (!optional) errors.Add(FieldError.Required(name));
            }
            else if (!CanParse(type, raw))
            {
                errors.Add(FieldError.Invalid(name, Message.Fr("Valeur illisible ou de mauvais type.").En("Unreadable value or wrong type.")));
            }
        }
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Congress.Problems")
            .LogInformation("Bad request {Method} {Route}: 400 {Field}", context.Request.Method, RouteOf(context),
                string.Join(",", errors.Select(e => e.Field)));
        return errors.Count > 0 ? Problem.Validation(errors) : Problem.Validation(FieldError.Invalid("request",
            Message.Fr("La demande est incomplète ou illisible.").En("The request is incomplete or unreadable.")));
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(Guid);

    private static bool CanParse(Type type, string raw)
    {
        if (type == typeof(string)) return true;
        if (type.IsEnum) return Enum.TryParse(type, raw, ignoreCase: true, out _);
        var tryParse = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static,
            [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]);
        if (tryParse is not null)
            return (bool)tryParse.Invoke(null, [raw, System.Globalization.CultureInfo.InvariantCulture, null])!;
        var simple = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]);
        return simple is null || (bool)simple.Invoke(null, [raw, null])!;
    }

    /// <summary>"Failed to bind parameter "int? nights" from "abc"." → nights.</summary>
    private static string? ParameterOf(BadHttpRequestException bad)
    {
        var match = BoundParameter().Match(bad.Message);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex("parameter \"[^\"]* (?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex BoundParameter();

    private static ProblemResult FromBadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == 415) return Problem.UnsupportedMediaType();
        if (bad.StatusCode == 413)
            return Problem.Pipeline(413, "too-large", Message.Fr("Demande trop volumineuse.").En("Request too large."),
                Message.Fr("Le contenu de la requête est trop volumineux.").En("The request body is too large."));
        if (bad.InnerException is JsonException json)
        {
            var field = FieldFromPath(json.Path);
            return Problem.Validation(FieldError.Invalid(field,
                Message.Fr("Valeur illisible ou de mauvais type.").En("Unreadable value or wrong type.")));
        }
        if (ParameterOf(bad) is { } parameter)
            return Problem.Validation(FieldError.Invalid(parameter,
                Message.Fr("Valeur illisible ou de mauvais type.").En("Unreadable value or wrong type.")));
        return Problem.Validation(FieldError.Invalid("body",
            Message.Fr("Le contenu de la requête est manquant ou illisible.").En("The request body is missing or unreadable.")));
    }

    /// <summary>"$.participants[0].lastName" → "participants[0].lastName"; "$" → "body".</summary>
    internal static string FieldFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "body";
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }
}
