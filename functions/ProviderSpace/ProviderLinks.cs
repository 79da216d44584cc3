using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Congress.Platform.Storage;

namespace Congress.ProviderSpace;

/// <summary>
/// Magic links for providers: a random token (32 bytes, base64url) handed out once and stored only
/// as its SHA-256, scoped to one provider and one purpose, expiring, used once. Inspecting writes
/// nothing (mail scanners follow links); consuming marks the row used with an ETag-conditional
/// write, so of two simultaneous uses exactly one succeeds.
/// </summary>
public sealed class ProviderLinks(StorageAccount storage, TimeProvider time)
{
    public const string Table = "ProviderLinks";
    private const int TokenBytes = 32;
    // 32 bytes in base64url without padding; anything longer is refused before hashing.
    private const int MaxTokenLength = 64;

    private TableClient Links => storage.Table(Table);

    /// <summary>Creates a link and returns its token, the only time it exists in clear.</summary>
    public async Task<string> IssueAsync(string providerId, string purpose, TimeSpan lifetime, CancellationToken ct,
        string? subject = null)
    {
        if (!ProviderLinkPurposes.IsKnown(purpose)) throw new ArgumentException($"Unknown link purpose '{purpose}'.", nameof(purpose));
        if (lifetime <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(lifetime));
        var token = Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));
        var now = time.GetUtcNow();
        await Links.AddEntityAsync(new ProviderLinkRow
        {
            RowKey = Hash(token), ProviderId = providerId, Purpose = purpose, Subject = subject,
            CreatedAt = now, ExpiresAt = now + lifetime,
        }, ct);
        return token;
    }

    /// <summary>The link if it is usable now for this purpose; null otherwise (unknown, altered, used, expired, other purpose). Writes nothing.</summary>
    public async Task<ProviderLink?> InspectAsync(string token, string purpose, CancellationToken ct)
    {
        if (!LooksLikeToken(token)) return null;
        var found = await Links.GetEntityIfExistsAsync<ProviderLinkRow>(ProviderLinkRow.Partition, Hash(token), cancellationToken: ct);
        return found.HasValue && found.Value is { } row && Usable(row, purpose, time.GetUtcNow()) ? View(row) : null;
    }

    /// <summary>Uses the link once: the first caller gets it, every later or concurrent one gets null.</summary>
    public async Task<ProviderLink?> ConsumeAsync(string token, string purpose, CancellationToken ct)
    {
        if (!LooksLikeToken(token)) return null;
        var now = time.GetUtcNow();
        var won = false;
        var row = await Links.UpdateConditionallyAsync<ProviderLinkRow>(ProviderLinkRow.Partition, Hash(token), r =>
        {
            won = Usable(r, purpose, now);
            if (won) r.UsedAt = now;
            return won;
        }, ct);
        return row is not null && won ? View(row) : null;
    }

    private static bool Usable(ProviderLinkRow row, string purpose, DateTimeOffset now) =>
        row.UsedAt is null && now < row.ExpiresAt && string.Equals(row.Purpose, purpose, StringComparison.Ordinal);

    private static ProviderLink View(ProviderLinkRow row) => new(row.ProviderId, row.Purpose, row.Subject, row.ExpiresAt);

    private static bool LooksLikeToken(string? token) =>
        !string.IsNullOrEmpty(token) && token.Length <= MaxTokenLength && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    internal static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
