using System.Security.Claims;
using Congress.Catalog;
using Congress.Platform.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Congress.ProviderSpace;

/// <summary>
/// The provider's session: its own cookie scheme carrying the provider id, opened only by consuming
/// a "space" link. Each request checks that the provider still exists; a removed provider's session ends.
/// </summary>
public static class ProviderSession
{
    public const string ProviderIdClaim = "congress:provider_id";

    public static ClaimsPrincipal Principal(string providerId) => new(new ClaimsIdentity(
    [
        new Claim(ProviderIdClaim, providerId),
        new Claim(ClaimTypes.Role, Policies.Provider),
    ], AuthSetup.ProviderScheme));

    /// <summary>The provider id of a principal that passed the Provider policy.</summary>
    public static string ProviderId(ClaimsPrincipal user) => user.FindFirstValue(ProviderIdClaim)!;

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var providerId = context.Principal?.FindFirstValue(ProviderIdClaim);
        var writer = context.HttpContext.RequestServices.GetRequiredService<CatalogWriter>();
        if (providerId is null || await writer.FindProviderAsync(providerId, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSetup.ProviderScheme);
        }
    }
}
