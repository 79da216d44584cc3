using System.Collections.Concurrent;
using Azure.Data.Tables;
using Congress.Events;
using Congress.Platform.Storage;

namespace Congress.Catalog;

/// <summary>Reads an event's form: the event row, its catalog partition and the providers it uses.</summary>
public sealed class CatalogStore(StorageAccount storage, EventStore events, TimeProvider time) : IEventCache
{
    /// <summary>
    /// How long the public side reuses a form it read: at rush hour every submit needs the form, and
    /// reading it is most of the storage calls. Staff changes show within this delay.
    /// </summary>
    public static readonly TimeSpan PublicCacheFor = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, (EventForm Form, DateTimeOffset ReadAt)> _published = new();

    public async Task<EventForm?> LoadAsync(string eventId, CancellationToken ct)
    {
        if (await events.FindAsync(eventId, ct) is not { } ev) return null;

        var catalog = storage.Table(CatalogKeys.Table);
        var stepsRead = ReadKindAsync<StepEntity>(catalog, eventId, "step", ct);
        var productsRead = ReadKindAsync<ProductEntity>(catalog, eventId, "product", ct);
        var groupsRead = ReadKindAsync<AccessGroupEntity>(catalog, eventId, "access", ct);
        var steps = (await stepsRead).Select(s => new Step(s.StepId, s.Order, s.Kind, new(s.TitleFr, s.TitleEn),
            new(s.IntroFr, s.IntroEn), s.Choice)).OrderBy(s => s.Order).ToList();
        var products = (await productsRead).Select(Product.From)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var groups = (await groupsRead).Select(g => new AccessGroup(g.Code, g.Group, new(g.LabelFr, g.LabelEn))).ToList();

        var providers = new Dictionary<string, ProviderEntity>();
        foreach (var id in products.Select(p => p.ProviderId).Where(id => id.Length > 0).Distinct())
        {
            var provider = await storage.Table(CatalogKeys.ProvidersTable)
                .GetEntityIfExistsAsync<ProviderEntity>(CatalogKeys.ProviderPartition, id, cancellationToken: ct);
            if (provider.HasValue && provider.Value is not null) providers[id] = provider.Value;
        }
        return new EventForm(ev, steps, products, groups, providers);
    }

    /// <summary>The form of a published event (cached briefly); drafts are as invisible as missing events.</summary>
    public async Task<EventForm?> LoadPublishedAsync(string eventId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_published.TryGetValue(eventId, out var cached) && now - cached.ReadAt < PublicCacheFor) return cached.Form;
        if (await LoadAsync(eventId, ct) is not { Event.Status: EventStatus.Published } form)
        {
            _published.TryRemove(eventId, out _);
            return null;
        }
        _published[eventId] = (form, now);
        return form;
    }

    /// <summary>Forgets the cached form after a change made through this instance.</summary>
    public void Forget(string eventId) => _published.TryRemove(eventId, out _);

    /// <summary>Forgets every cached form (a provider shared by several events changed).</summary>
    public void ForgetAll() => _published.Clear();

    /// <summary>Rows of one kind: row keys "kind|…", i.e. from "kind|" up to "kind}" ('}' follows '|').</summary>
    private static async Task<List<T>> ReadKindAsync<T>(TableClient table, string eventId, string kind, CancellationToken ct)
        where T : class, ITableEntity, new()
    {
        return await table.QueryKindAsync<T>(eventId, kind, ct).ToListAsync(ct);
    }
}
