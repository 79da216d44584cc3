using System.Security.Claims;
using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Staff;

public static class StaffApi
{
    public static void MapStaffApi(this IEndpointRouteBuilder app)
    {
        var session = app.MapGroup("/api/staff").WithTags("Staff");
        session.MapPost("/login", LoginAsync).RequireRateLimiting(RateLimits.Login).AllowAnonymous();
        session.MapPost("/logout", LogoutAsync).RequireAuthorization(Policies.AnyStaff);
        session.MapGet("/me", Me).RequireAuthorization(Policies.AnyStaff);
        session.MapPost("/password", ChangePasswordAsync).RequireAuthorization(Policies.AnyStaff).RequireRateLimiting(RateLimits.Login);
        app.MapStaffAccountsApi();
    }

    private static async Task<Results<Ok<StaffMember>, UnauthorizedProblem, TooManyRequestsProblem>> LoginAsync(
        LoginRequest request, StaffAccountStore store, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var credentials = request.ToCommand();
        var (account, lockedUntil) = await store.VerifyAsync(credentials.Email, credentials.Password, RateLimits.ClientAddress(http), ct);
        if (lockedUntil is not null)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling((lockedUntil.Value - time.GetUtcNow()).TotalSeconds)).ToString();
            return Problem.TooManyRequests("account-locked", Message.Fr("Trop de tentatives, réessayez plus tard.").En("Too many failed attempts."),
                Message.Fr("Trop de mots de passe erronés pour ce compte depuis ce poste : réessayez dans 15 minutes.")
                .En("Too many wrong passwords for this account from here: try again in 15 minutes."));
        }
        if (account is null)
            return Problem.Unauthorized("invalid-credentials", Message.Fr("Email ou mot de passe incorrect.").En("Incorrect email or password."),
                Message.Fr("Vérifiez-les et réessayez.").En("Check both and try again."));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, StaffSession.Principal(account, time.GetUtcNow()));
        return TypedResults.Ok(StaffMember.From(account));
    }

    private static async Task<NoContent> LogoutAsync(HttpContext http, ClaimsPrincipal user)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static Ok<StaffMember> Me(ClaimsPrincipal user) => TypedResults.Ok(new StaffMember(
        user.FindFirstValue(ClaimTypes.Email) ?? "",
        user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList()));

    private static async Task<Results<NoContent, BadRequestProblem>> ChangePasswordAsync(ChangePasswordRequest request,
        ClaimsPrincipal user, StaffAccountStore store, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var email = user.FindFirstValue(ClaimTypes.Email)!;
        var change = request.ToCommand();
        var (account, _) = await store.VerifyAsync(email, change.CurrentPassword, RateLimits.ClientAddress(http), ct);
        if (account is null)
            return Problem.Validation(FieldError.Invalid("currentPassword", Message.Fr("Mot de passe actuel incorrect.").En("Current password is wrong.")));
        var changed = await store.SetPasswordAsync(email, change.NewPassword, ct);
        // This session goes on with the new password; the others end at their next check.
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, StaffSession.Principal(changed!, time.GetUtcNow()));
        return TypedResults.NoContent();
    }
}
