using System.Security.Cryptography;
using System.Text;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.Identity;

namespace Congress.AttendeeSpace;

/// <summary>Storage row of an attendee's account: partition "attendee", row key the lower-cased email.</summary>
public sealed class AttendeeAccount : TableRow
{
    public const string Partition = "attendee";

    public AttendeeAccount() => PartitionKey = Partition;

    public string Email { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PasswordChangedAt { get; set; }

    public static string KeyFor(string email) => email.Trim().ToLowerInvariant();
}

/// <summary>Attendee accounts: email and password (hashed with Identity's hasher).</summary>
public sealed class AttendeeAccounts(StorageAccount storage, TimeProvider time)
{
    public const string Table = "AttendeeAccounts";
    private static readonly PasswordHasher<AttendeeAccount> Hasher = new();
    private static readonly string DecoyHash = Hasher.HashPassword(new AttendeeAccount(), Guid.NewGuid().ToString());

    /// <summary>Creates the account if the email has none; an existing password is never replaced this way.</summary>
    public async Task<bool> CreateIfAbsentAsync(string email, string password, CancellationToken ct)
    {
        var account = new AttendeeAccount { RowKey = AttendeeAccount.KeyFor(email), Email = email.Trim(), CreatedAt = time.GetUtcNow() };
        account.PasswordHash = Hasher.HashPassword(account, password);
        return await storage.Table(Table).TryAddAsync(account, ct);
    }

    public async Task<AttendeeAccount?> VerifyAsync(string email, string password, CancellationToken ct)
    {
        var account = await FindAsync(email, ct);
        var result = Hasher.VerifyHashedPassword(account ?? new AttendeeAccount(), account?.PasswordHash ?? DecoyHash, password);
        return account is not null && result != PasswordVerificationResult.Failed ? account : null;
    }

    public async Task<AttendeeAccount?> FindAsync(string email, CancellationToken ct)
    {
        var found = await storage.Table(Table).GetEntityIfExistsAsync<AttendeeAccount>(AttendeeAccount.Partition,
            AttendeeAccount.KeyFor(email), cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Sets the password, creating the account for an email that has registrations but no account yet.</summary>
    public async Task SetPasswordAsync(string email, string password, CancellationToken ct)
    {
        if (await CreateIfAbsentAsync(email, password, ct)) return;
        await storage.Table(Table).UpdateConditionallyAsync<AttendeeAccount>(AttendeeAccount.Partition, AttendeeAccount.KeyFor(email), a =>
        {
            a.PasswordHash = Hasher.HashPassword(a, password);
            a.PasswordChangedAt = time.GetUtcNow();
            return true;
        }, ct);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
