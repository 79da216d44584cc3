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
        var session = app.MapGroup("/api/staff").WithTags("Staff").AddEndpointFilter<ValidationFilter>();
        session.MapPost("/login", LoginAsync).RequireRateLimiting(RateLimits.Login).AllowAnonymous();
        session.MapPost("/logout", LogoutAsync).RequireAuthorization(Policies.AnyStaff);
        session.MapGet("/me", Me).RequireAuthorization(Policies.AnyStaff);

        var accounts = app.MapGroup("/api/staff/accounts").WithTags("Staff")
            .RequireAuthorization(Policies.AdminOnly).AddEndpointFilter<ValidationFilter>();
        accounts.MapGet("/", ListAsync);
        accounts.MapPost("/", CreateAsync);
    }

    private static async Task<Results<Ok<StaffMember>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, StaffAccountStore store, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var account = await store.VerifyAsync(request.Email!, request.Password!, ct);
        if (account is null)
            return Problem.Create(401, "invalid-credentials", "Incorrect email or password.", "Email ou mot de passe incorrect.",
                "Check both and try again.", "Vérifiez-les et réessayez.");
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

    private static async Task<Ok<List<StaffMember>>> ListAsync(StaffAccountStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.ListAsync(ct)).Select(StaffMember.From).OrderBy(m => m.Email).ToList());

    private static async Task<Results<Created<StaffMember>, ProblemHttpResult>> CreateAsync(
        CreateStaffAccountRequest request, StaffAccountStore store, CancellationToken ct)
    {
        var account = request.ToAccount();
        if (!await store.CreateAsync(account, ct))
            return Problem.Conflict("A staff account with this email already exists.",
                "Un compte existe déjà avec cet email.");
        var member = new StaffMember(account.Email.Trim(), account.DisplayName.Trim(), account.Roles);
        return TypedResults.Created($"/api/staff/accounts/{Uri.EscapeDataString(StaffAccount.KeyFor(account.Email))}", member);
    }
}
