using Azure;

namespace Congress.Platform.Hosting;

/// <summary>
/// A one-off step run at start-up (first admin, demo data). If storage cannot be reached the app
/// still starts, so that /api/health can say what is wrong; a crash loop would hide it. Invalid
/// settings still stop the start: they need a person, not a retry.
/// </summary>
public abstract class StartupTask(ILogger logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected abstract Task RunAsync(CancellationToken ct);
}
