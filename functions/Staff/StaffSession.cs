using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Congress.Staff;

/// <summary>
/// The signed-in staff member as a cookie principal. The account is read again every few minutes,
/// so that disabling it, changing its roles or its password takes effect on open sessions, not at the
/// next sign-in.
/// </summary>
public static class StaffSession
{
    public static readonly TimeSpan RecheckEvery = TimeSpan.FromMinutes(5);
    private const string CheckedAtClaim = "congress:checked_at";
    private const string StampClaim = "congress:password_stamp";

    public static ClaimsPrincipal Principal(StaffAccount account, DateTimeOffset checkedAt)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.RowKey),
            new(ClaimTypes.Email, account.Email),
            new(ClaimTypes.Name, account.DisplayName),
            new(CheckedAtClaim, checkedAt.ToString("o", CultureInfo.InvariantCulture)),
            new(StampClaim, Stamp(account)),
        };
        claims.AddRange(account.RoleList.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    // A short digest of the hash: enough to notice it changed, nothing to learn from.
    private static string Stamp(StaffAccount account) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(account.PasswordHash)))[..16];

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var principal = context.Principal;
        if (DateTimeOffset.TryParse(principal?.FindFirstValue(CheckedAtClaim), CultureInfo.InvariantCulture,
                DateTimeStyles.RoundtripKind, out var checkedAt) && now - checkedAt < RecheckEvery)
            return;
        var email = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var account = email is null ? null
            : await services.GetRequiredService<StaffAccountStore>().FindAsync(email, context.HttpContext.RequestAborted);
        // Disabled, or its password changed since this session opened: the session ends.
        if (account is null || account.Disabled || principal?.FindFirstValue(StampClaim) != Stamp(account))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        context.ReplacePrincipal(Principal(account, now));
        context.ShouldRenew = true;
    }
}
