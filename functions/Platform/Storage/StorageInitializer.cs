using Azure.Data.Tables;

namespace Congress.Platform.Storage;

/// <summary>
/// Makes sure every declared table, queue and container exists before the app takes requests (run by
/// <see cref="Hosting.StartupWork"/>). It lists what is there first (one call per kind, whatever the
/// number of features) and creates only what is missing, so a start against prepared storage costs three calls.
/// </summary>
public sealed class StorageInitializer(StorageAccount storage, IEnumerable<StorageResource> resources,
    ILogger<StorageInitializer> logger)
{
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var declared = resources.Distinct().ToList();
        try
        {
            var tables = ExistingTablesAsync(cancellationToken);
            var queues = ExistingQueuesAsync(cancellationToken);
            var containers = ExistingContainersAsync(cancellationToken);
            var existing = new Dictionary<StorageKind, HashSet<string>>
            {
                [StorageKind.Table] = await tables, [StorageKind.Queue] = await queues, [StorageKind.Container] = await containers,
            };
            var missing = declared.Where(r => !existing[r.Kind].Contains(Name(r))).ToList();
            await Task.WhenAll(missing.Select(resource => CreateAsync(resource, cancellationToken)));
            logger.LogInformation("Storage ready: {Count} tables, queues and containers, {Created} created", declared.Count, missing.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Start anyway: /api/health then says what is wrong, which a crash loop would hide.
            logger.LogCritical(e, "Storage could not be prepared; requests that need it will fail");
        }
    }

    private string Name(StorageResource resource) => resource.Kind switch
    {
        StorageKind.Table => storage.TableName(resource.Name),
        StorageKind.Queue => storage.QueueName(resource.Name),
        _ => storage.ContainerName(resource.Name),
    };

    private async Task<HashSet<string>> ExistingTablesAsync(CancellationToken ct)
    {
        var prefix = storage.TableName("");
        var filter = prefix.Length == 0 ? null
            : TableClient.CreateQueryFilter($"TableName ge {prefix} and TableName lt {prefix + char.MaxValue}");
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var table in storage.Tables.QueryAsync(filter, cancellationToken: ct)) names.Add(table.Name);
        return names;
    }

    private async Task<HashSet<string>> ExistingQueuesAsync(CancellationToken ct)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var queue in storage.Queues.GetQueuesAsync(prefix: storage.QueueName(""), cancellationToken: ct)) names.Add(queue.Name);
        return names;
    }

    private async Task<HashSet<string>> ExistingContainersAsync(CancellationToken ct)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var container in storage.Blobs.GetBlobContainersAsync(prefix: storage.ContainerName(""), cancellationToken: ct))
            names.Add(container.Name);
        return names;
    }

    private Task CreateAsync(StorageResource resource, CancellationToken ct) => resource.Kind switch
    {
        StorageKind.Table => storage.Table(resource.Name).CreateIfNotExistsAsync(ct),
        StorageKind.Queue => storage.Queue(resource.Name).CreateIfNotExistsAsync(cancellationToken: ct),
        StorageKind.Container => storage.Container(resource.Name).CreateIfNotExistsAsync(cancellationToken: ct),
        _ => throw new ArgumentOutOfRangeException(nameof(resource)),
    };
}
