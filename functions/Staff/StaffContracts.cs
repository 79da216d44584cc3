using Congress.Platform.Auth;
using Congress.Platform.Problems;

namespace Congress.Staff;

public sealed record LoginRequest(string? Email, string? Password) : IValidatable
{
    public IEnumerable<FieldError> Validate() =>
        Check.Email("email", Email).Concat(Check.Text("password", Password, 200));

    public Credentials ToCommand() => new(Validated.Present(Email), Validated.Present(Password));
}

public sealed record CreateStaffAccountRequest(string? Email, string? DisplayName, string? Password, string[]? Roles)
    : IValidatable
{
    public const int MinPasswordLength = 10;

    public IEnumerable<FieldError> Validate()
    {
        foreach (var error in Check.Email("email", Email)) yield return error;
        foreach (var error in Check.Text("displayName", DisplayName, 100)) yield return error;
        if (string.IsNullOrEmpty(Password) || Password.Length < MinPasswordLength)
            yield return FieldError.Invalid("password", Message.Fr($"{MinPasswordLength} caractères au moins.")
                .En($"At least {MinPasswordLength} characters."));
        else if (Password.Length > 200) yield return FieldError.TooLong("password", 200);
        if (Roles is null || Roles.Length == 0)
            yield return FieldError.Required("roles");
        else if (Roles.Any(r => r is null || !Congress.Platform.Auth.Roles.IsKnown(r)))
            yield return FieldError.Invalid("roles",
                Message.Fr($"Rôles possibles : {string.Join(", ", Congress.Platform.Auth.Roles.All)}.")
                .En($"Possible roles: {string.Join(", ", Congress.Platform.Auth.Roles.All)}."));
    }

    public NewStaffAccount ToCommand() => new(Validated.Present(Email), Validated.Present(DisplayName), Validated.Present(Password),
        Validated.All(Roles));
}

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        foreach (var e in Check.Text("currentPassword", CurrentPassword, 200)) yield return e;
        if (NewPassword is not { Length: >= CreateStaffAccountRequest.MinPasswordLength })
            yield return FieldError.Invalid("newPassword", Message.Fr($"{CreateStaffAccountRequest.MinPasswordLength} caractères au moins.")
                .En($"At least {CreateStaffAccountRequest.MinPasswordLength} characters."));
        else if (NewPassword.Length > 200) yield return FieldError.TooLong("newPassword", 200);
    }

    public PasswordChange ToCommand() => new(Validated.Present(CurrentPassword), Validated.Present(NewPassword));
}

/// <summary>A checked change of one's own password: the current one proves who asks.</summary>
public sealed record PasswordChange(string CurrentPassword, string NewPassword);

public sealed record UpdateStaffAccountRequest(string? DisplayName, string[]? Roles, bool Disabled) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        foreach (var e in Check.Text("displayName", DisplayName, 100)) yield return e;
        if (Roles is null || Roles.Length == 0 || Roles.Any(r => r is null || !Congress.Platform.Auth.Roles.IsKnown(r)))
            yield return FieldError.Invalid("roles", Message.Fr($"Rôles possibles : {string.Join(", ", Congress.Platform.Auth.Roles.All)}.")
                .En($"Possible roles: {string.Join(", ", Congress.Platform.Auth.Roles.All)}."));
    }

    public StaffAccountChange ToCommand() => new(Validated.Present(DisplayName), Validated.All(Roles), Disabled);
}

/// <summary>A checked change of a staff account by an Admin.</summary>
public sealed record StaffAccountChange(string DisplayName, IReadOnlyList<string> Roles, bool Disabled);

public sealed record StaffMember(string Email, string DisplayName, IReadOnlyList<string> Roles)
{
    public static StaffMember From(StaffAccount account) => new(account.Email, account.DisplayName, account.RoleList);
}

/// <summary>A staff account as Admins manage it: who, which roles, and whether it can sign in.</summary>
public sealed record StaffAccountView(string Email, string DisplayName, IReadOnlyList<string> Roles, bool Disabled,
    DateTimeOffset? LockedUntil)
{
    public static StaffAccountView From(StaffAccount account, DateTimeOffset now) => new(account.Email, account.DisplayName,
        account.RoleList, account.Disabled, account.LockedUntil > now ? account.LockedUntil : null);
}
