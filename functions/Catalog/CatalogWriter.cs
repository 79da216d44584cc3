using Azure.Data.Tables;
using Congress.Platform.Problems;
using Congress.Platform.Storage;

namespace Congress.Catalog;

/// <summary>Writes an event's steps, products and access groups, and the shared providers.</summary>
public sealed class CatalogWriter(StorageAccount storage, Events.EventStore events)
{
    private TableClient Catalog => storage.Table(CatalogKeys.Table);

    /// <summary>Replaces the steps: old ones not in the list are removed in the same batch.</summary>
    public async Task ReplaceStepsAsync(string eventId, IReadOnlyList<StepSettings> steps, CancellationToken ct)
    {
        var existing = await Catalog.QueryKindAsync<StepEntity>(eventId, "step", ct).ToListAsync(ct);
        var rows = steps.Select((s, i) => new StepEntity
        {
            PartitionKey = eventId, RowKey = CatalogKeys.Step(i + 1, s.Id), StepId = s.Id, Order = i + 1, Kind = s.Kind,
            TitleFr = s.Title.Fr, TitleEn = s.Title.En, IntroFr = s.Intro.Fr, IntroEn = s.Intro.En, Choice = s.Choice,
        }).ToList();
        var keep = rows.Select(r => r.RowKey).ToHashSet();
        var actions = existing.Where(e => !keep.Contains(e.RowKey))
            .Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, e.ETag))
            .Concat(rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)))
            .ToList();
        await Catalog.SubmitSinglePartitionAsync(actions, ct);
    }

    /// <summary>Creates or changes a product; its photos stay as they are.</summary>
    public async Task UpsertProductAsync(string eventId, string productId, ProductSettings product, CancellationToken ct)
    {
        var fresh = new ProductEntity { PartitionKey = eventId, RowKey = CatalogKeys.Product(productId), ProductId = productId };
        product.ApplyTo(fresh);
        if (await Catalog.TryAddAsync(fresh, ct)) return;
        await Catalog.UpdateConditionallyAsync<ProductEntity>(eventId, CatalogKeys.Product(productId), stored =>
        {
            product.ApplyTo(stored);
            return true;
        }, ct);
    }

    public Task UpsertAccessGroupAsync(string eventId, string code, AccessGroupSettings group, CancellationToken ct) =>
        Catalog.UpsertEntityAsync(new AccessGroupEntity
        {
            PartitionKey = eventId, RowKey = CatalogKeys.Access(code), Code = code.Trim().ToUpperInvariant(), Group = group.Group,
            LabelFr = group.Label.Fr, LabelEn = group.Label.En,
        }, TableUpdateMode.Replace, ct);

    /// <summary>Creates or changes a provider; its photos stay as they are.</summary>
    public async Task UpsertProviderAsync(string providerId, ProviderSettings provider, CancellationToken ct)
    {
        var table = storage.Table(CatalogKeys.ProvidersTable);
        var fresh = new ProviderEntity { RowKey = providerId };
        provider.ApplyTo(fresh);
        if (await table.TryAddAsync(fresh, ct)) return;
        await table.UpdateConditionallyAsync<ProviderEntity>(CatalogKeys.ProviderPartition, providerId, stored =>
        {
            provider.ApplyTo(stored);
            return true;
        }, ct);
    }

    public async Task<ProviderEntity?> FindProviderAsync(string providerId, CancellationToken ct)
    {
        if (!Ids.Valid(providerId)) return null;
        var found = await storage.Table(CatalogKeys.ProvidersTable)
            .GetEntityIfExistsAsync<ProviderEntity>(CatalogKeys.ProviderPartition, providerId, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Changes a provider's row (the provider space's own profile) with a retry on conflict; null when absent.</summary>
    public Task<ProviderEntity?> UpdateProviderAsync(string providerId, Func<ProviderEntity, bool> change, CancellationToken ct) =>
        storage.Table(CatalogKeys.ProvidersTable).UpdateConditionallyAsync(CatalogKeys.ProviderPartition, providerId, change, ct);

    /// <summary>A provider's photos; null for an id that cannot exist.</summary>
    public PhotoAlbum? ProviderAlbum(string providerId) => !Ids.Valid(providerId) ? null : new PhotoAlbum(
        $"providers/{providerId}", PhotoAlbum.ProviderUrlPrefix(providerId),
        async ct => (await FindProviderAsync(providerId, ct))?.PhotoList,
        (change, ct) => storage.Table(CatalogKeys.ProvidersTable).UpdateConditionallyAsync<ProviderEntity>(
            CatalogKeys.ProviderPartition, providerId, p => Changed(p.PhotoList, change, list => p.Photos = list), ct));

    /// <summary>An event's photos (shown at the top of its form); null for an id that cannot exist.</summary>
    public PhotoAlbum? EventAlbum(string eventId) => !Ids.Valid(eventId) ? null : new PhotoAlbum(
        $"events/{eventId}/event", PhotoAlbum.EventUrlPrefix(eventId),
        async ct => await events.FindAsync(eventId, ct) is { } ev ? PhotoAlbum.Parse(ev.Photos) : null,
        (change, ct) => events.UpdateAsync(eventId, e => Changed(PhotoAlbum.Parse(e.Photos), change, list => e.Photos = list), ct));

    /// <summary>A product's photos; null for ids that cannot exist.</summary>
    public PhotoAlbum? ProductAlbum(string eventId, string productId) => !Ids.Valid(eventId) || !Ids.Valid(productId) ? null : new PhotoAlbum(
        $"events/{eventId}/products/{productId}", PhotoAlbum.ProductUrlPrefix(eventId, productId),
        async ct =>
        {
            var found = await Catalog.GetEntityIfExistsAsync<ProductEntity>(eventId, CatalogKeys.Product(productId), cancellationToken: ct);
            return found.HasValue ? PhotoAlbum.Parse(found.Value!.Photos) : null;
        },
        (change, ct) => Catalog.UpdateConditionallyAsync<ProductEntity>(eventId, CatalogKeys.Product(productId),
            p => Changed(PhotoAlbum.Parse(p.Photos), change, list => p.Photos = list), ct));

    private static bool Changed(List<string> photos, Action<List<string>> change, Action<string> store)
    {
        change(photos);
        store(string.Join(',', photos));
        return true;
    }
}
