using Azure.Storage.Queues.Models;
using Congress.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Congress.Platform.Triggers;

/// <summary>
/// Standalone mode's stand-in for the Functions host: fires each timer on its CRON schedule (one run
/// at a time per job) and polls each queue with the host's semantics: a message is hidden while it
/// runs, retried on failure, and moved to <c>&lt;queue&gt;-poison</c> once it has failed five times.
/// </summary>
public sealed class LocalTriggerHost(TriggerCatalogue catalogue, FunctionInvoker invoker, StorageAccount storage,
    TimeProvider time, IOptions<TriggerHostOptions> options, Hosting.AppMode mode, IHostApplicationLifetime lifetime, Hosting.StartupWork startup,
    ILogger<LocalTriggerHost> logger)
    : BackgroundService
{
    // Task.Delay refuses waits beyond ~49 days; a yearly schedule waits in several steps.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);
    private readonly TriggerHostOptions _options = options.Value;

    // In Azure the Functions host fires the triggers; running them here too would do the work twice.
    // Polling starts once the app takes requests and storage is prepared, so that a dozen queue reads
    // neither slow its start nor meet a queue not yet created.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (mode.Hosted || !_options.Enabled) return;
        await Task.WhenAll(Started(stoppingToken), startup.Done.WaitAsync(stoppingToken));
        await Task.WhenAll(catalogue.Timers.Select(t => RunTimerLoopAsync(t, stoppingToken))
            .Concat(catalogue.Queues.Select(q => RunQueueLoopAsync(q, stoppingToken))));
    }

    private Task Started(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        return started.Task;
    }

    private async Task RunTimerLoopAsync(TimerFunction timer, CancellationToken ct)
    {
        var schedule = TriggerCatalogue.ParseSchedule(timer.Schedule);
        while (!ct.IsCancellationRequested)
        {
            var next = schedule.GetNextOccurrence(time.GetUtcNow(), TimeZoneInfo.Utc);
            if (next is null) return;
            try
            {
                for (var wait = next.Value - time.GetUtcNow(); wait > TimeSpan.Zero; wait = next.Value - time.GetUtcNow())
                    await Task.Delay(wait < LongestWait ? wait : LongestWait, time, ct);
                await invoker.RunTimerAsync(timer, new TimerContext(timer.Name, next.Value, false), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                logger.LogError(e, "Timer {Function} failed", timer.Name);
            }
        }
    }

    private async Task RunQueueLoopAsync(QueueFunction function, CancellationToken ct)
    {
        var idle = TimeSpan.FromMilliseconds(100);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var handled = await PollOnceAsync(function, ct);
                idle = handled > 0 ? TimeSpan.FromMilliseconds(100) : Min(idle * 2, _options.MaxPollingInterval);
                if (handled == 0) await Task.Delay(idle, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                logger.LogError(e, "Polling {Queue} failed", function.Queue);
                await Task.Delay(_options.MaxPollingInterval, ct).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    /// <summary>Receives one batch and runs it; returns how many messages it saw.</summary>
    internal async Task<int> PollOnceAsync(QueueFunction function, CancellationToken ct)
    {
        var queue = storage.Queue(function.Queue);
        QueueMessage[] messages = await queue.ReceiveMessagesAsync(_options.BatchSize, _options.VisibilityTimeout, ct);
        await Task.WhenAll(messages.Select(m => ProcessAsync(function, m, ct)));
        return messages.Length;
    }

    private async Task ProcessAsync(QueueFunction function, QueueMessage message, CancellationToken ct)
    {
        var queue = storage.Queue(function.Queue);
        var body = message.Body.ToString();
        // Seen more often than allowed: an earlier run crashed or overran its visibility timeout.
        if (message.DequeueCount > TriggerCatalogue.MaxDequeueCount)
        {
            await MoveToPoisonAsync(function, message, body, null);
            return;
        }
        try
        {
            await invoker.RunQueueAsync(function,
                new QueueMessageContext(function.Name, function.Queue, message.MessageId, body, message.DequeueCount), ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            if (message.DequeueCount >= TriggerCatalogue.MaxDequeueCount)
            {
                await MoveToPoisonAsync(function, message, body, e);
                return;
            }
            logger.LogWarning(e, "Message {MessageId} on {Queue} failed (attempt {Count}); will retry",
                message.MessageId, function.Queue, message.DequeueCount);
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: _options.RetryDelay,
                cancellationToken: CancellationToken.None);
            return;
        }
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
    }

    private async Task MoveToPoisonAsync(QueueFunction function, QueueMessage message, string body, Exception? error)
    {
        logger.LogError(error, "Message {MessageId} on {Queue} failed {Count} times; moved to poison",
            message.MessageId, function.Queue, message.DequeueCount);
        await invoker.MoveToPoisonAsync(function.Queue, body, CancellationToken.None);
        await storage.Queue(function.Queue).DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
