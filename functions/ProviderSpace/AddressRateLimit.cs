using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Congress.ProviderSpace;

/// <summary>
/// New-link requests per email address, whoever asks: stops anyone from flooding a provider's
/// mailbox from many client addresses. Kept in memory, so each instance counts on its own.
/// </summary>
public sealed class AddressRateLimit(IOptions<ProviderLinkOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.RequestsPerAddressPerHour),
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    public bool TryAcquire(string email)
    {
        // Keyed by a digest: the limiter's memory holds no addresses.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
        using var lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
