using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Congress.AttendeeSpace;

/// <summary>
/// The attendee's cookie carries a stamp of the password it was opened with; each request checks it
/// against the account, so choosing a new password (after a reset) closes every other session.
/// </summary>
public static class AttendeeSession
{
    private const string StampClaim = "congress:password_stamp";

    public static ClaimsPrincipal Principal(AttendeeAccount account) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.Email, account.Email),
        new Claim(ClaimTypes.Role, Platform.Auth.Policies.Attendee),
        new Claim(StampClaim, Stamp(account)),
    ], Platform.Auth.AuthSetup.AttendeeScheme));

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var email = context.Principal?.FindFirstValue(ClaimTypes.Email);
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AttendeeAccounts>();
        var account = email is null ? null : await accounts.FindAsync(email, context.HttpContext.RequestAborted);
        if (account is null || context.Principal?.FindFirstValue(StampClaim) != Stamp(account))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Platform.Auth.AuthSetup.AttendeeScheme);
        }
    }

    // Not the hash itself: a short digest of it, enough to notice that it changed.
    private static string Stamp(AttendeeAccount account) => AttendeeAccounts.Hash(account.PasswordHash)[..16];
}
