using System.Security.Claims;
using Congress.Catalog;
using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Congress.Platform.Triggers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.ProviderSpace;

public sealed record OpenLinkInput(string? Purpose) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        if (!ProviderLinkPurposes.IsKnown(Purpose))
            yield return FieldError.Invalid("purpose", Message.Fr("Usage de lien inconnu.").En("Unknown link purpose."));
    }

    public LinkOpening ToCommand() => new(Validated.Present(Purpose));
}

/// <summary>A checked opening of a link: the purpose the page expects it to have.</summary>
public sealed record LinkOpening(string Purpose);

public sealed record LinkRequestInput(string? Email) : IValidatable
{
    public IEnumerable<FieldError> Validate() => Check.Email("email", Email);

    public LinkRequest ToCommand() => new(Validated.Present(Email).Trim());
}

/// <summary>A checked request for a new link, to an address that may or may not be a provider's.</summary>
public sealed record LinkRequest(string Email);

/// <summary>What a link opens: the space, or the answer to a room block request (<c>Subject</c>: its number).</summary>
public sealed record ProviderLinkView(string Purpose, string ProviderName, DateTimeOffset ExpiresAt, string? Subject);

public sealed record ProviderLinkOpened(string ProviderId, string ProviderName, string Purpose, string? Subject);

public sealed record ProviderMe(string ProviderId, string ProviderName);

/// <summary>The provider space: magic links (GET shows, POST consumes), new links by email, the session.</summary>
public static class ProviderApi
{
    public const string LinkRequestsPolicy = "provider-link-requests";

    public static void MapProviderApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/provider").WithTags("Provider space").AllowAnonymous();
        open.MapGet("/links/{token}", InspectAsync).RequireRateLimiting(RateLimits.Public);
        open.MapPost("/links/{token}/open", OpenAsync).RequireRateLimiting(RateLimits.Public);
        open.MapPost("/link-requests", RequestLinkAsync).RequireRateLimiting(LinkRequestsPolicy);

        var space = app.MapGroup("/api/provider").WithTags("Provider space").RequireAuthorization(Policies.Provider);
        space.MapGet("/me", MeAsync);
        space.MapPost("/logout", LogoutAsync);

        app.MapProviderAdminApi();
    }

    /// <summary>One answer for every unusable link: which of unknown, altered, used or expired is not told.</summary>
    internal static GoneProblem Unusable() => Problem.Gone("link-unusable", Message.Fr("Ce lien n'est plus utilisable.")
        .En("This link can no longer be used."),
        Message.Fr("Il a expiré, a déjà servi ou est incomplet. Demandez un nouveau lien ci-dessous.")
        .En("It has expired, has already been used or is incomplete. Ask for a new link below."));

    private static async Task<Results<Ok<ProviderLinkView>, BadRequestProblem, GoneProblem>> InspectAsync(string token, string? purpose,
        ProviderLinks links, CatalogWriter catalog, CancellationToken ct)
    {
        if (!ProviderLinkPurposes.IsKnown(purpose))
            return Problem.Validation(FieldError.Invalid("purpose", Message.Fr("Usage de lien inconnu.").En("Unknown link purpose.")));
        if (await links.InspectAsync(token, purpose, ct) is not { } link
            || await catalog.FindProviderAsync(link.ProviderId, ct) is not { } provider)
            return Unusable();
        return TypedResults.Ok(new ProviderLinkView(link.Purpose, provider.Name, link.ExpiresAt, link.Subject));
    }

    /// <summary>Consumes the link and opens the provider's session (an answer link opens it too, to answer its request).</summary>
    private static async Task<Results<Ok<ProviderLinkOpened>, GoneProblem>> OpenAsync(string token, OpenLinkInput input,
        ProviderLinks links, CatalogWriter catalog, HttpContext http, CancellationToken ct)
    {
        if (await links.ConsumeAsync(token, input.ToCommand().Purpose, ct) is not { } link
            || await catalog.FindProviderAsync(link.ProviderId, ct) is not { } provider)
            return Unusable();
        await http.SignInAsync(AuthSetup.ProviderScheme, ProviderSession.Principal(provider.RowKey));
        return TypedResults.Ok(new ProviderLinkOpened(provider.RowKey, provider.Name, link.Purpose, link.Subject));
    }

    /// <summary>Always 202 for a well-formed address: whether any provider has it is never told.</summary>
    private static async Task<Results<Accepted, TooManyRequestsProblem>> RequestLinkAsync(LinkRequestInput input, AddressRateLimit perAddress,
        QueueSender queue, TimeProvider time, CancellationToken ct)
    {
        var email = input.ToCommand().Email;
        if (!perAddress.TryAcquire(email))
            return Problem.TooManyRequests("rate-limit", Message.Fr("Trop de demandes.").En("Too many requests."),
                Message.Fr("Plusieurs liens ont déjà été demandés pour cette adresse ; attendez une heure.")
                .En("Several links were already asked for this address; wait an hour."));
        await queue.SendAsync(LinkRequestMessage.Queue, new LinkRequestMessage(Guid.NewGuid().ToString("N"), email, time.GetUtcNow()), ct: ct);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<Ok<ProviderMe>, NotFoundProblem>> MeAsync(ClaimsPrincipal user, CatalogWriter catalog,
        CancellationToken ct) =>
        await catalog.FindProviderAsync(ProviderSession.ProviderId(user), ct) is { } provider
            ? TypedResults.Ok(new ProviderMe(provider.RowKey, provider.Name))
            : Problem.NotFound();

    private static async Task<NoContent> LogoutAsync(HttpContext http, ClaimsPrincipal user)
    {
        await http.SignOutAsync(AuthSetup.ProviderScheme);
        return TypedResults.NoContent();
    }
}
