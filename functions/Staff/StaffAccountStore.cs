using Congress.Platform.Storage;
using Microsoft.AspNetCore.Identity;

namespace Congress.Staff;

public sealed record NewStaffAccount(string Email, string DisplayName, string Password, IReadOnlyList<string> Roles);

/// <summary>The signed-in account, or why not: wrong credentials (no account) or locked until a time.</summary>
public sealed record SignInResult(StaffAccount? Account, DateTimeOffset? LockedUntil)
{
    public static readonly SignInResult Refused = new(null, null);
}

/// <summary>Staff accounts in Table storage, passwords hashed with ASP.NET Core Identity's hasher.</summary>
public sealed class StaffAccountStore(StorageAccount storage, TimeProvider time)
{
    public const string Table = "StaffAccounts";
    private static readonly PasswordHasher<StaffAccount> Hasher = new();
    // Verified when the email is unknown, so that both answers take the same time.
    private static readonly string DecoyHash = Hasher.HashPassword(new StaffAccount(), Guid.NewGuid().ToString());

    /// <summary>Creates the account; false when the email is already taken.</summary>
    public async Task<bool> CreateAsync(NewStaffAccount account, CancellationToken ct)
    {
        var entity = new StaffAccount
        {
            RowKey = StaffAccount.KeyFor(account.Email),
            Email = account.Email.Trim(),
            DisplayName = account.DisplayName.Trim(),
            Roles = string.Join(',', account.Roles.Distinct(StringComparer.Ordinal)),
            CreatedAt = time.GetUtcNow(),
        };
        entity.PasswordHash = Hasher.HashPassword(entity, account.Password);
        return await storage.Table(Table).TryAddAsync(entity, ct);
    }

    public const int MaxFailures = 5;
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Checks the password. Five wrong ones in a row lock the account for 15 minutes, whatever
    /// address they come from: the per-address rate limit alone does not stop a spread-out guess.
    /// </summary>
    public async Task<SignInResult> VerifyAsync(string email, string password, CancellationToken ct)
    {
        var account = await FindAsync(email, ct);
        var matches = Hasher.VerifyHashedPassword(account ?? new StaffAccount(), account?.PasswordHash ?? DecoyHash, password)
                      != PasswordVerificationResult.Failed;
        if (account is null || account.Disabled) return SignInResult.Refused;
        var now = time.GetUtcNow();
        if (account.LockedUntil > now) return new SignInResult(null, account.LockedUntil);
        var updated = await storage.Table(Table).UpdateConditionallyAsync<StaffAccount>(StaffAccount.Partition, account.RowKey, a =>
        {
            if (matches)
            {
                if (a.FailedSignIns == 0 && a.LockedUntil is null) return false;
                a.FailedSignIns = 0;
                a.LockedUntil = null;
                return true;
            }
            a.FailedSignIns++;
            if (a.FailedSignIns >= MaxFailures)
            {
                a.FailedSignIns = 0;
                a.LockedUntil = now + LockFor;
            }
            return true;
        }, ct);
        return matches ? new SignInResult(updated, null) : SignInResult.Refused;
    }

    /// <summary>Sets a new password; the account's other sessions end at their next check.</summary>
    public Task<StaffAccount?> SetPasswordAsync(string email, string password, CancellationToken ct) =>
        storage.Table(Table).UpdateConditionallyAsync<StaffAccount>(StaffAccount.Partition, StaffAccount.KeyFor(email), a =>
        {
            a.PasswordHash = Hasher.HashPassword(a, password);
            return true;
        }, ct);

    /// <summary>Changes name, roles or the disabled flag.</summary>
    public Task<StaffAccount?> UpdateAsync(string email, string displayName, IReadOnlyList<string> roles, bool disabled,
        CancellationToken ct) =>
        storage.Table(Table).UpdateConditionallyAsync<StaffAccount>(StaffAccount.Partition, StaffAccount.KeyFor(email), a =>
        {
            a.DisplayName = displayName.Trim();
            a.Roles = string.Join(',', roles.Distinct(StringComparer.Ordinal));
            a.Disabled = disabled;
            return true;
        }, ct);

    public async Task<List<StaffAccount>> ListAsync(CancellationToken ct) =>
        await storage.Table(Table).QueryPartitionAsync<StaffAccount>(StaffAccount.Partition, ct).ToListAsync(ct);

    public async Task<StaffAccount?> FindAsync(string email, CancellationToken ct)
    {
        var found = await storage.Table(Table)
            .GetEntityIfExistsAsync<StaffAccount>(StaffAccount.Partition, StaffAccount.KeyFor(email), cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    public async Task<bool> AnyAsync(CancellationToken ct)
    {
        await foreach (var _ in storage.Table(Table).QueryAsync<StaffAccount>(maxPerPage: 1, select: ["RowKey"], cancellationToken: ct))
            return true;
        return false;
    }
}
