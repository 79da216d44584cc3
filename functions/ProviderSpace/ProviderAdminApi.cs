using Congress.Catalog;
using Congress.Platform.Auth;
using Congress.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.ProviderSpace;

public sealed record SpaceLinkSent(string Email, DateTimeOffset ExpiresAt);

/// <summary>Staff send a provider the link to its space (to the provider's own contact address, nowhere else).</summary>
public static class ProviderAdminApi
{
    public static void MapProviderAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/providers").WithTags("Provider space").RequireAuthorization(Policies.Operations);
        admin.MapPost("/{providerId}/space-link", SendSpaceLinkAsync);
    }

    private static async Task<Results<Accepted<SpaceLinkSent>, BadRequestProblem, NotFoundProblem>> SendSpaceLinkAsync(string providerId,
        CatalogWriter catalog, ProviderLinkMail mail, TimeProvider time, CancellationToken ct)
    {
        if (await catalog.FindProviderAsync(providerId, ct) is not { } provider) return Problem.NotFound();
        if (string.IsNullOrWhiteSpace(provider.Email))
            return Problem.Validation(FieldError.Invalid("email", Message.Fr("Ce prestataire n'a pas d'adresse email : renseignez-la d'abord.")
                .En("This provider has no email address: set it first.")));
        var now = time.GetUtcNow();
        var expiresAt = await mail.SendAsync(provider, $"provider-space-link/{providerId}/{Guid.NewGuid():N}", now, ct);
        return TypedResults.Accepted((string?)null, new SpaceLinkSent(provider.Email, expiresAt));
    }
}
