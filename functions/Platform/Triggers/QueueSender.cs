using System.Text.Json;
using Congress.Platform.Storage;

namespace Congress.Platform.Triggers;

/// <summary>Puts JSON messages on a queue, optionally hidden until a delay has passed (up to 7 days).</summary>
public sealed class QueueSender(StorageAccount storage)
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7);

    public async Task SendAsync<T>(string queue, T message, TimeSpan? delay = null, CancellationToken ct = default)
    {
        if (delay > MaxDelay) throw new ArgumentOutOfRangeException(nameof(delay), "A queue message can wait 7 days at most.");
        var body = JsonSerializer.Serialize(message, JsonDefaults.Options);
        var visibility = delay is { } d && d > TimeSpan.Zero ? d : (TimeSpan?)null;
        await storage.Queue(queue).SendMessageAsync(body, visibility, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken: ct);
    }
}
