using System.Security.Claims;
using Congress.Platform.Auth;
using Congress.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Staff;

/// <summary>Staff accounts, managed by Admins: list, create, change roles, disable.</summary>
public static class StaffAccountsApi
{
    public static void MapStaffAccountsApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/staff/accounts").WithTags("Staff")
            .RequireAuthorization(Policies.AdminOnly);
        accounts.MapGet("/", ListAsync);
        accounts.MapPost("/", CreateAsync);
        accounts.MapPut("/{email}", UpdateAsync);
    }

    private static async Task<Ok<List<StaffAccountView>>> ListAsync(StaffAccountStore store, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok((await store.ListAsync(ct)).Select(a => StaffAccountView.From(a, time.GetUtcNow())).OrderBy(m => m.Email).ToList());

    private static async Task<Results<Created<StaffAccountView>, ConflictProblem>> CreateAsync(
        CreateStaffAccountRequest request, StaffAccountStore store, CancellationToken ct)
    {
        var account = request.ToCommand();
        if (!await store.CreateAsync(account, ct))
            return Problem.Conflict(Message.Fr("Un compte existe déjà avec cet email.")
                .En("A staff account with this email already exists."));
        var member = new StaffAccountView(account.Email.Trim(), account.DisplayName.Trim(), account.Roles, false, null);
        return TypedResults.Created($"/api/staff/accounts/{Uri.EscapeDataString(StaffAccount.KeyFor(account.Email))}", member);
    }

    private static async Task<Results<Ok<StaffAccountView>, NotFoundProblem, ConflictProblem>> UpdateAsync(string email,
        UpdateStaffAccountRequest request, ClaimsPrincipal user, StaffAccountStore store, TimeProvider time, CancellationToken ct)
    {
        // An Admin cannot lock themselves out: the deployment would be left without one.
        var self = string.Equals(StaffAccount.KeyFor(email), user.FindFirstValue(ClaimTypes.NameIdentifier), StringComparison.Ordinal);
        var change = request.ToCommand();
        if (self && (change.Disabled || !change.Roles.Contains(Roles.Admin)))
            return Problem.Conflict(Message.Fr("Vous ne pouvez pas retirer votre propre rôle Admin ni vous désactiver.")
                .En("You cannot remove your own Admin role or disable yourself."));
        var updated = await store.UpdateAsync(email, change, ct);
        return updated is null ? Problem.NotFound() : TypedResults.Ok(StaffAccountView.From(updated, time.GetUtcNow()));
    }
}
