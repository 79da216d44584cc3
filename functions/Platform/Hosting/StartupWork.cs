using Congress.Platform.Storage;

namespace Congress.Platform.Hosting;

/// <summary>
/// The start-up work that needs storage (every table, queue and container, then the
/// <see cref="StartupTask"/>s in the order they were registered) runs beside the server's own start
/// instead of before it: building the endpoints is CPU work while the storage calls mostly wait on the
/// network, so a cold start pays for the longer of the two rather than for both. Requests wait for it
/// (<see cref="UseStartupWork"/>), so none ever meets a missing table or a missing first admin.
/// </summary>
/// <remarks>
/// The storage clients and the tasks are resolved on the worker too: building the three storage
/// clients is a tenth of a cold start that the main thread need not wait for.
/// </remarks>
public sealed class StartupWork(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<StartupWork> logger)
    : IHostedService
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when storage is prepared and every start-up task has run; faults if one of them failed.</summary>
    public Task Done => _done.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() => RunAsync(lifetime.ApplicationStopping), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await services.GetRequiredService<StorageInitializer>().PrepareAsync(ct);
            foreach (var task in services.GetServices<StartupTask>()) await task.RunOnceAsync(ct);
            _done.TrySetResult();
        }
        catch (Exception e)
        {
            // Invalid settings: the app stops (exit code 1) rather than run half set up.
            logger.LogCritical(e, "Start-up failed; the app stops");
            _done.TrySetException(e);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }
}

public static class StartupWorkMiddleware
{
    /// <summary>Holds each request until the start-up work is done (a completed task once it is).</summary>
    public static IApplicationBuilder UseStartupWork(this IApplicationBuilder app)
    {
        var work = app.ApplicationServices.GetRequiredService<StartupWork>();
        return app.Use(async (context, next) =>
        {
            if (!work.Done.IsCompletedSuccessfully) await work.Done.WaitAsync(context.RequestAborted);
            await next(context);
        });
    }
}
