using Congress.Platform.Storage;
using Microsoft.AspNetCore.Identity;

namespace Congress.Staff;

public sealed record NewStaffAccount(string Email, string DisplayName, string Password, IReadOnlyList<string> Roles);

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

    /// <summary>The account if the email and password match an enabled account; otherwise null.</summary>
    public async Task<StaffAccount?> VerifyAsync(string email, string password, CancellationToken ct)
    {
        var account = await FindAsync(email, ct);
        var result = Hasher.VerifyHashedPassword(account ?? new StaffAccount(), account?.PasswordHash ?? DecoyHash, password);
        return account is { Disabled: false } && result != PasswordVerificationResult.Failed ? account : null;
    }

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
