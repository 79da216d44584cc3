using System.Threading.RateLimiting;

namespace Congress.Platform.Hosting;

/// <summary>
/// A fixed-window limiter on <see cref="TimeProvider"/> whose refusals carry the time left in the
/// window (<see cref="MetadataName.RetryAfter"/>): the framework's fixed window gives the whole
/// window length instead, so a client told "60 s" with 5 s left would wait for nothing.
/// </summary>
internal sealed class WindowLimiter(int permits, TimeSpan window, TimeProvider time) : RateLimiter
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowEnds = DateTimeOffset.MinValue;
    private int _used;

    public override TimeSpan? IdleDuration
    {
        get
        {
            var now = time.GetUtcNow();
            lock (_gate) return now >= _windowEnds ? now - _windowEnds : null;
        }
    }

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (now >= _windowEnds)
            {
                _windowEnds = now + window;
                _used = 0;
            }
            if (_used + permitCount <= permits)
            {
                _used += permitCount;
                return Lease.Granted;
            }
            return new Lease(false, _windowEnds - now);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
            return metadata is not null;
        }
    }
}
