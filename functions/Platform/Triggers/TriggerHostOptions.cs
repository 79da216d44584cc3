namespace Congress.Platform.Triggers;

/// <summary>Settings section "Triggers": how the local trigger host polls queues in standalone mode.</summary>
public sealed class TriggerHostOptions
{
    public const string Section = "Triggers";

    /// <summary>Runs timers and queue handlers in-process (standalone mode only).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a received message stays invisible while its handler runs: as long as the longest
    /// run allowed (host.json's functionTimeout), so that a slow handler is not started twice.
    /// </summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Delay before a failed message becomes visible again (Functions' queues.visibilityTimeout).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between two polls of an empty queue.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 16;
}
