using Azure;

namespace Congress.Platform.Hosting;

/// <summary>
/// A one-off step run at start-up once storage is prepared (first admin, demo data), by
/// <see cref="StartupWork"/>. If storage cannot be reached the app still starts, so that /api/health can
/// say what is wrong; a crash loop would hide it. Invalid settings still stop the app: they need a
/// person, not a retry.
/// </summary>
public abstract class StartupTask(ILogger logger)
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(cancellationToken);
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException)
        {
            logger.LogCritical(e, "{Task} could not reach storage; it runs again at the next start", GetType().Name);
        }
    }

    protected abstract Task RunAsync(CancellationToken ct);
}

public static class StartupTasks
{
    /// <summary>Runs <typeparamref name="T"/> at every start, after the tasks registered before it.</summary>
    public static IServiceCollection AddStartupTask<T>(this IServiceCollection services) where T : StartupTask =>
        services.AddSingleton<StartupTask, T>();
}
