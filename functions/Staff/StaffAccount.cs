using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace Congress.Staff;

/// <summary>Storage row of a staff account: partition "staff", row key the lower-cased email.</summary>
public sealed class StaffAccount : ITableEntity
{
    public const string Partition = "staff";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    /// <summary>Comma-separated role names.</summary>
    public string Roles { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public bool Disabled { get; set; }

    [IgnoreDataMember]
    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static string KeyFor(string email) => email.Trim().ToLowerInvariant();
}
