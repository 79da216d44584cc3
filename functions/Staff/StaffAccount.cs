using System.Runtime.Serialization;
using Congress.Platform.Storage;

namespace Congress.Staff;

/// <summary>Storage row of a staff account: partition "staff", row key the lower-cased email.</summary>
public sealed class StaffAccount : TableRow
{
    public const string Partition = "staff";

    public StaffAccount() => PartitionKey = Partition;

    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    /// <summary>Comma-separated role names.</summary>
    public string Roles { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public bool Disabled { get; set; }
    /// <summary>
    /// Wrong passwords in a row from any address; at <see cref="StaffAccountStore.MaxFailuresAnywhere"/> the
    /// account is closed until <see cref="LockedUntil"/> to addresses it has not signed in from.
    /// </summary>
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }

    [IgnoreDataMember]
    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static string KeyFor(string email) => email.Trim().ToLowerInvariant();
}
