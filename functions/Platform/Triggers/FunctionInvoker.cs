using Congress.Platform.Storage;

namespace Congress.Platform.Triggers;

/// <summary>
/// Runs one timer or queue function in its own DI scope. Both the hosted-mode endpoints and the
/// local trigger host call this, so a handler behaves the same in Azure and on a laptop.
/// </summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes, StorageAccount storage, ILogger<FunctionInvoker> logger)
{
    public async Task RunTimerAsync(TimerFunction function, TimerContext context, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var job = (ITimerJob)scope.ServiceProvider.GetRequiredService(function.JobType);
        logger.LogDebug("Timer {Function} scheduled at {ScheduledAt:o} starts", function.Name, context.ScheduledAt);
        await job.RunAsync(context, ct);
    }

    /// <summary>
    /// Runs the handler. A poison message is copied to the poison queue here and counts as handled,
    /// so that it never blocks the queue; any other failure is thrown for the caller to retry.
    /// </summary>
    public async Task RunQueueAsync(QueueFunction function, QueueMessageContext message, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = (IQueueHandler)scope.ServiceProvider.GetRequiredService(function.HandlerType);
        try
        {
            await handler.HandleAsync(message, ct);
        }
        catch (PoisonMessageException e)
        {
            logger.LogError("Poison message {MessageId} on {Queue} moved aside: {Reason}", message.MessageId, message.Queue, e.Message);
            await MoveToPoisonAsync(function.Queue, message.Body, ct);
        }
    }

    public Task MoveToPoisonAsync(string queue, string body, CancellationToken ct) =>
        storage.Queue(TriggerCatalogue.PoisonQueue(queue))
            .SendMessageAsync(body, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken: ct);
}
