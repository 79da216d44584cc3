using Congress.Platform.Storage;

namespace Congress.Events;

/// <summary>Reads events by id.</summary>
public sealed class EventStore(StorageAccount storage)
{
    public async Task<EventEntity?> FindAsync(string eventId, CancellationToken ct)
    {
        if (!TableKeys.IsSafe(eventId)) return null;
        var found = await storage.Table(EventsApi.Table).GetEntityIfExistsAsync<EventEntity>(EventEntity.Partition, eventId, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>For rows that point at an event that must exist (a registration's).</summary>
    public async Task<EventEntity> GetAsync(string eventId, CancellationToken ct) =>
        await FindAsync(eventId, ct) ?? throw new InvalidOperationException($"Event {eventId} does not exist.");

    /// <summary>Adds a new event (a copy, the demo); false when the id is taken.</summary>
    public Task<bool> TryAddAsync(EventEntity entity, CancellationToken ct) => storage.Table(EventsApi.Table).TryAddAsync(entity, ct);

    /// <summary>Changes an event's row with a retry on conflict (the catalog keeps its photo list); null when absent.</summary>
    public Task<EventEntity?> UpdateAsync(string eventId, Func<EventEntity, bool> change, CancellationToken ct) =>
        storage.Table(EventsApi.Table).UpdateConditionallyAsync(EventEntity.Partition, eventId, change, ct);
}
