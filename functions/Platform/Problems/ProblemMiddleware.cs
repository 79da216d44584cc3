using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Congress.Platform.Problems;

/// <summary>
/// Turns every failure into a problem document: bad request bodies name the field at fault,
/// unknown routes are 404 problems, and unexpected errors are a 500 without a stack trace.
/// </summary>
public static class ProblemMiddleware
{
    public static void UseProblems(this WebApplication app)
    {
        app.UseExceptionHandler(errorApp => errorApp.Run(async context =>
        {
            var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var result = error switch
            {
                BadHttpRequestException bad => FromBadRequest(bad),
                _ => Problem.Create(500, "internal", "Unexpected error.", "Erreur inattendue.",
                    "The request could not be completed; it has been logged.",
                    "La demande n'a pas pu aboutir ; l'erreur est enregistrée."),
            };
            await result.ExecuteAsync(context);
        }));

        app.UseStatusCodePages(async statusContext =>
        {
            var context = statusContext.HttpContext;
            var result = context.Response.StatusCode switch
            {
                404 => Problem.NotFound(),
                405 => Problem.Create(405, "method", "Method not allowed.", "Méthode non permise.",
                    "This address does not accept this method.", "Cette adresse n'accepte pas cette méthode."),
                401 => Problem.Create(401, "unauthenticated", "Sign-in required.", "Connexion requise.",
                    "Sign in to use this address.", "Connectez-vous pour utiliser cette adresse."),
                403 => Problem.Create(403, "forbidden", "Forbidden.", "Accès refusé.",
                    "Your role does not allow this.", "Votre rôle ne le permet pas."),
                415 => Problem.UnsupportedMediaType(),
                _ => null,
            };
            if (result is not null) await result.ExecuteAsync(context);
        });
    }

    private static IResult FromBadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == 415) return Problem.UnsupportedMediaType();
        if (bad.InnerException is JsonException json)
        {
            var field = FieldFromPath(json.Path);
            return Problem.Validation(FieldError.Invalid(field,
                "Valeur illisible ou de mauvais type.", "Unreadable value or wrong type."));
        }
        return Problem.Validation(FieldError.Invalid("body",
            "Le contenu de la requête est manquant ou illisible.", "The request body is missing or unreadable."));
    }

    /// <summary>"$.participants[0].lastName" → "participants[0].lastName"; "$" → "body".</summary>
    internal static string FieldFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "body";
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }
}
