using Azure;
using Azure.Data.Tables;

namespace Congress.Platform.Storage;

/// <summary>Conditional writes and single-partition batches: the only ways features change shared rows.</summary>
public static class TableExtensions
{
    public const int MaxBatchSize = 100;
    private const int DefaultAttempts = 10;

    /// <summary>
    /// Reads the entity, lets <paramref name="change"/> decide, and writes it back only if nobody
    /// changed it meanwhile (ETag); on 412 it reads again and retries. <paramref name="change"/>
    /// returns false to leave the entity as it is. Returns the entity as written (or as read when
    /// unchanged), or null when it does not exist.
    /// </summary>
    public static async Task<T?> UpdateConditionallyAsync<T>(this TableClient table, string partitionKey,
        string rowKey, Func<T, bool> change, CancellationToken ct = default, int attempts = DefaultAttempts)
        where T : class, ITableEntity, new()
    {
        return await OptimisticRetry.RunAsync(async _ =>
        {
            var current = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, cancellationToken: ct);
            if (!current.HasValue || current.Value is null) return null;
            var entity = current.Value;
            if (!change(entity)) return entity;
            var response = await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, ct);
            entity.ETag = response.Headers.ETag ?? entity.ETag;
            return entity;
        }, ct, attempts);
    }

    /// <summary>
    /// Like <see cref="UpdateConditionallyAsync{T}"/>, starting from a copy already in hand (its ETag
    /// saves the first read); if somebody changed the row since, it falls back to read and retry.
    /// </summary>
    public static async Task<T?> UpdateFromAsync<T>(this TableClient table, T current, Func<T, bool> change,
        CancellationToken ct = default) where T : class, ITableEntity, new()
    {
        if (!change(current)) return current;
        try
        {
            var response = await table.UpdateEntityAsync(current, current.ETag, TableUpdateMode.Replace, ct);
            current.ETag = response.Headers.ETag ?? current.ETag;
            return current;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return await table.UpdateConditionallyAsync(current.PartitionKey, current.RowKey, change, ct);
        }
    }

    /// <summary>Adds the entity; returns false when one with the same keys already exists.</summary>
    public static async Task<bool> TryAddAsync<T>(this TableClient table, T entity, CancellationToken ct = default)
        where T : ITableEntity
    {
        try
        {
            var response = await table.AddEntityAsync(entity, ct);
            entity.ETag = response.Headers.ETag ?? entity.ETag;
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Submits one atomic batch. Azure refuses batches across partitions or over 100 entities
    /// (Azurite accepts the former), so both rules are enforced here before anything is sent.
    /// </summary>
    public static async Task<IReadOnlyList<Response>> SubmitSinglePartitionAsync(this TableClient table,
        IReadOnlyCollection<TableTransactionAction> actions, CancellationToken ct = default)
    {
        if (actions.Count == 0) return [];
        if (actions.Count > MaxBatchSize)
            throw new ArgumentException($"A batch holds at most {MaxBatchSize} entities, got {actions.Count}.", nameof(actions));
        var partitions = actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Count();
        if (partitions != 1)
            throw new ArgumentException($"A batch must stay in one partition, got {partitions}.", nameof(actions));
        return (await table.SubmitTransactionAsync(actions, ct)).Value;
    }

    /// <summary>
    /// The rows of one partition whose key starts with <paramref name="kind"/> and '|' ("stock|…",
    /// "history|…"): a key range, so one partition can hold several kinds of rows.
    /// </summary>
    public static IAsyncEnumerable<T> QueryKindAsync<T>(this TableClient table, string partitionKey, string kind,
        CancellationToken ct = default) where T : class, ITableEntity
    {
        var from = kind + "|";
        var to = kind + "}";
        return table.QueryAsync<T>(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {from} and RowKey lt {to}"),
            cancellationToken: ct);
    }

    /// <summary>All entities of one partition, filter built safely.</summary>
    public static IAsyncEnumerable<T> QueryPartitionAsync<T>(this TableClient table, string partitionKey,
        CancellationToken ct = default) where T : class, ITableEntity =>
        table.QueryAsync<T>(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"), cancellationToken: ct);
}
