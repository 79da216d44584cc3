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
                _ => null,
            };
            if (result is not null) await result.ExecuteAsync(context);
        });
    }

    private static ProblemResult FromBadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == 415) return Problem.UnsupportedMediaType();
        if (bad.InnerException is JsonException json)
        {
            var field = FieldFromPath(json.Path);
            return Problem.Validation(FieldError.Invalid(field,
                Message.Fr("Valeur illisible ou de mauvais type.").En("Unreadable value or wrong type.")));
        }
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
