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

    /// <summary>Wrong passwords in a row from one address that lock that address out of the account.</summary>
    public const int MaxFailures = 5;
    /// <summary>Wrong passwords in a row from anywhere that close the account to addresses it has not signed in from.</summary>
    public const int MaxFailuresAnywhere = 20;
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);
    /// <summary>How long a successful sign-in makes its address a known one for the account.</summary>
    public static readonly TimeSpan KnownAddressFor = TimeSpan.FromDays(90);

    /// <summary>
    /// Checks the password from a client address. Five wrong ones in a row from one address lock
    /// that address out of the account for 15 minutes; anyone else, the real owner included, still
    /// signs in from their own address. Twenty wrong ones in a row from anywhere (a guess spread over
    /// many addresses) close the account for 15 minutes to every address that has not signed in to it
    /// in the last 90 days; known addresses keep only their own lock.
    /// </summary>
    public async Task<SignInResult> VerifyAsync(string email, string password, string clientAddress, CancellationToken ct)
    {
        var account = await FindAsync(email, ct);
        var matches = Hasher.VerifyHashedPassword(account ?? new StaffAccount(), account?.PasswordHash ?? DecoyHash, password)
                      != PasswordVerificationResult.Failed;
        if (account is null || account.Disabled) return SignInResult.Refused;
        var now = time.GetUtcNow();
        var guards = storage.Table(SignInGuard.Table);
        var (partition, row) = SignInGuard.KeysFor(email, clientAddress);
        var guard = (await guards.GetEntityIfExistsAsync<SignInGuard>(partition, row, cancellationToken: ct)) is { HasValue: true } g
            ? g.Value! : null;
        if (guard?.LockedUntil > now) return new SignInResult(null, guard.LockedUntil);
        var known = guard?.LastSuccessAt > now - KnownAddressFor;
        if (!known && account.LockedUntil > now) return new SignInResult(null, account.LockedUntil);

        if (guard is null) await guards.TryAddAsync(new SignInGuard { PartitionKey = partition, RowKey = row }, ct);
        await guards.UpdateConditionallyAsync<SignInGuard>(partition, row, a =>
        {
            if (matches)
            {
                a.Failures = 0;
                a.LockedUntil = null;
                a.LastSuccessAt = now;
                return true;
            }
            if (++a.Failures >= MaxFailures)
            {
                a.Failures = 0;
                a.LockedUntil = now + LockFor;
            }
            return true;
        }, ct);
        var updated = await storage.Table(Table).UpdateConditionallyAsync<StaffAccount>(StaffAccount.Partition, account.RowKey, a =>
        {
            if (matches)
            {
                // The lock on unknown addresses runs its course: the guessing may go on.
                if (a.FailedSignIns == 0) return false;
                a.FailedSignIns = 0;
                return true;
            }
            if (++a.FailedSignIns >= MaxFailuresAnywhere)
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
    public Task<StaffAccount?> UpdateAsync(string email, StaffAccountChange change, CancellationToken ct) =>
        storage.Table(Table).UpdateConditionallyAsync<StaffAccount>(StaffAccount.Partition, StaffAccount.KeyFor(email), a =>
        {
            a.DisplayName = change.DisplayName.Trim();
            a.Roles = string.Join(',', change.Roles.Distinct(StringComparer.Ordinal));
            a.Disabled = change.Disabled;
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
