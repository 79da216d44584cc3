namespace Congress.Platform.Storage;

/// <summary>Creates every declared table, queue and container before the app takes requests.</summary>
public sealed class StorageInitializer(StorageAccount storage, IEnumerable<StorageResource> resources,
    ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var distinct = resources.Distinct().ToList();
        try
        {
            await Task.WhenAll(distinct.Select(resource => CreateAsync(resource, cancellationToken)));
            logger.LogInformation("Storage ready: {Count} tables, queues and containers", distinct.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Start anyway: /api/health then says what is wrong, which a crash loop would hide.
            logger.LogCritical(e, "Storage could not be prepared; requests that need it will fail");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private Task CreateAsync(StorageResource resource, CancellationToken ct) => resource.Kind switch
    {
        StorageKind.Table => storage.Table(resource.Name).CreateIfNotExistsAsync(ct),
        StorageKind.Queue => storage.Queue(resource.Name).CreateIfNotExistsAsync(cancellationToken: ct),
        StorageKind.Container => storage.Container(resource.Name).CreateIfNotExistsAsync(cancellationToken: ct),
        _ => throw new ArgumentOutOfRangeException(nameof(resource)),
    };
}
