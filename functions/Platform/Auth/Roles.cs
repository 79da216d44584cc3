namespace Congress.Platform.Auth;

/// <summary>Staff roles. Each admin endpoint group names the policy it needs.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string OperationsManager = "OperationsManager";
    public const string Staff = "Staff";
    public const string Finance = "Finance";

    public static readonly IReadOnlyList<string> All = [Admin, OperationsManager, Staff, Finance];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}

/// <summary>Authorisation policies, named after who may pass.</summary>
public static class Policies
{
    /// <summary>Any signed-in staff member, whatever the role.</summary>
    public const string AnyStaff = "AnyStaff";
    public const string AdminOnly = "AdminOnly";
    public const string Operations = "Operations";
    public const string FinanceTeam = "FinanceTeam";

    /// <summary>An attendee signed in to their own space (separate cookie, never a staff role).</summary>
    public const string Attendee = "Attendee";

    /// <summary>A provider signed in through a magic link (separate cookie, scoped to one provider).</summary>
    public const string Provider = "Provider";
}
