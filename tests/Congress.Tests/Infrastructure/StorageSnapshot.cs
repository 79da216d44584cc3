using Azure.Data.Tables;

namespace Congress.Tests.Infrastructure;

/// <summary>How many rows, blobs and queue messages the app's storage holds: compared before and after to prove nothing was written.</summary>
public static class StorageSnapshot
{
    public static async Task<Dictionary<string, int>> TakeAsync(AppFactory app)
    {
        var storage = app.Storage;
        var prefix = app.Prefix;
        var counts = new Dictionary<string, int>();
        await foreach (var table in storage.Tables.QueryAsync())
        {
            if (!table.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var n = 0;
            await foreach (var _ in storage.Tables.GetTableClient(table.Name).QueryAsync<TableEntity>(select: ["PartitionKey"])) n++;
            counts["table " + table.Name[prefix.Length..]] = n;
        }
        await foreach (var container in storage.Blobs.GetBlobContainersAsync(prefix: prefix.ToLowerInvariant()))
        {
            var n = 0;
            await foreach (var _ in storage.Blobs.GetBlobContainerClient(container.Name).GetBlobsAsync()) n++;
            counts["container " + container.Name[prefix.Length..]] = n;
        }
        await foreach (var queue in storage.Queues.GetQueuesAsync(prefix: prefix.ToLowerInvariant()))
        {
            var properties = await storage.Queues.GetQueueClient(queue.Name).GetPropertiesAsync();
            counts["queue " + queue.Name[prefix.Length..]] = properties.Value.ApproximateMessagesCount;
        }
        return counts;
    }

    /// <summary>What changed, one line per table, container or queue ("table RegistrationsByEmail: 0 → 1").</summary>
    public static List<string> Differences(Dictionary<string, int> before, Dictionary<string, int> after) =>
        before.Keys.Union(after.Keys)
            .Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Select(k => $"{k}: {before.GetValueOrDefault(k)} → {after.GetValueOrDefault(k)}")
            .ToList();
}
