using System.Security.Claims;
using Congress.Events;
using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Congress.Registrations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.AttendeeSpace;

public sealed record AttendeeLogin(string? Email, string? Password) : IValidatable
{
    public IEnumerable<FieldError> Validate() => Check.Email("email", Email).Concat(Check.Text("password", Password, 200));

    public Credentials ToCommand() => new(Validated.Present(Email), Validated.Present(Password));
}

public sealed record ResetRequest(string? Email) : IValidatable
{
    public IEnumerable<FieldError> Validate() => Check.Email("email", Email);

    public ResetLinkRequest ToCommand() => new(Validated.Present(Email));
}

/// <summary>A checked request for a reset link, to an address that may or may not have an account.</summary>
public sealed record ResetLinkRequest(string Email);

/// <summary>A checked reset: the link's token and the new password.</summary>
public sealed record PasswordReset(string Token, string Password);

public sealed record ResetConfirm(string? Token, string? Password) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        foreach (var e in Check.Text("token", Token, 100)) yield return e;
        if (Password is not { Length: >= SubmitInput.MinPasswordLength })
            yield return FieldError.Invalid("password", Message.Fr($"{SubmitInput.MinPasswordLength} caractères au moins.")
                .En($"At least {SubmitInput.MinPasswordLength} characters."));
        else if (Password.Length > 200) yield return FieldError.TooLong("password", 200);
    }

    public PasswordReset ToCommand() => new(Validated.Present(Token), Validated.Present(Password));
}

public sealed record AttendeeMe(string Email);

public sealed record AttendeeRegistration(string RegistrationId, string EventTitle, string Status, string? Number,
    decimal Total, decimal Paid, DateTimeOffset CreatedAt, string AccessToken);

/// <summary>The attendee space: sign in, see one's registrations, reset a forgotten password.</summary>
public static class AttendeeApi
{
    public static void MapAttendeeApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/attendee").WithTags("Attendee space").AllowAnonymous();
        open.MapPost("/login", LoginAsync).RequireRateLimiting(RateLimits.Login);
        open.MapPost("/password-reset", RequestResetAsync).RequireRateLimiting(RateLimits.Login);
        open.MapPost("/password-reset/confirm", ConfirmResetAsync).RequireRateLimiting(RateLimits.Login);

        var space = app.MapGroup("/api/attendee").WithTags("Attendee space").RequireAuthorization(Policies.Attendee);
        space.MapPost("/logout", LogoutAsync);
        space.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new AttendeeMe(user.FindFirstValue(ClaimTypes.Email)!)));
        space.MapGet("/registrations", ListAsync);
    }

    private static async Task<Results<Ok<AttendeeMe>, UnauthorizedProblem>> LoginAsync(AttendeeLogin input, AttendeeAccounts accounts,
        HttpContext http, CancellationToken ct)
    {
        var credentials = input.ToCommand();
        var account = await accounts.VerifyAsync(credentials.Email, credentials.Password, ct);
        if (account is null)
            return Problem.Unauthorized("invalid-credentials", Message.Fr("Email ou mot de passe incorrect.").En("Incorrect email or password."),
                Message.Fr("Vérifiez-les, ou choisissez un nouveau mot de passe.").En("Check both, or choose a new password."));
        await http.SignInAsync(AuthSetup.AttendeeScheme, AttendeeSession.Principal(account));
        return TypedResults.Ok(new AttendeeMe(account.Email));
    }

    private static async Task<NoContent> LogoutAsync(HttpContext http, ClaimsPrincipal user)
    {
        await http.SignOutAsync(AuthSetup.AttendeeScheme);
        return TypedResults.NoContent();
    }

    /// <summary>Always 202: the answer never tells whether the address is known.</summary>
    private static async Task<Accepted> RequestResetAsync(ResetRequest input, PasswordResets resets, CancellationToken ct)
    {
        await resets.RequestAsync(input.ToCommand().Email, ct);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<NoContent, BadRequestProblem>> ConfirmResetAsync(ResetConfirm input, PasswordResets resets,
        CancellationToken ct) =>
        await resets.ConfirmAsync(input.ToCommand(), ct) == ResetOutcome.Done
            ? TypedResults.NoContent()
            : Problem.Validation(FieldError.Invalid("token", Message.Fr("Lien expiré ou déjà utilisé : demandez-en un nouveau.")
                .En("Link expired or already used: ask for a new one.")));

    private static async Task<Ok<List<AttendeeRegistration>>> ListAsync(ClaimsPrincipal user, RegistrationIndex index,
        RegistrationStore registrations, RegistrationTokens tokens, EventStore events, CancellationToken ct)
    {
        var email = user.FindFirstValue(ClaimTypes.Email)!;
        var result = new List<AttendeeRegistration>();
        foreach (var id in await index.ForEmailAsync(email, ct))
        {
            // The index is by email; the registration itself must still say so (owner check).
            if (await registrations.FindAsync(id, ct) is not { } r || !string.Equals(r.Email, email, StringComparison.OrdinalIgnoreCase)) continue;
            var ev = await events.FindAsync(r.EventId, ct);
            result.Add(new AttendeeRegistration(r.Id, ev?.Title ?? r.EventId, r.Status, r.Number,
                r.TotalCents / 100m, r.PaidCents / 100m, r.CreatedAt, tokens.For(r.Id)));
        }
        return TypedResults.Ok(result.OrderByDescending(r => r.CreatedAt).ToList());
    }
}
