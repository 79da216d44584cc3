using System.Security.Cryptography;
using System.Text;
using Congress.Platform.Storage;

namespace Congress.Staff;

/// <summary>
/// Wrong passwords for one staff account from one client address, and when that address last signed
/// in to it. Partition: a digest of the account; row: a digest of the address (no address is stored).
/// </summary>
public sealed class SignInGuard : TableRow
{
    public const string Table = "StaffSignInGuards";

    public int Failures { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }

    public static (string PartitionKey, string RowKey) KeysFor(string email, string address) =>
        (Digest(StaffAccount.KeyFor(email)), Digest(address));

    private static string Digest(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..40];
}
