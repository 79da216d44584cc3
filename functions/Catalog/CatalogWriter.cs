using Azure.Data.Tables;
using Congress.Platform.Storage;

namespace Congress.Catalog;

/// <summary>Writes an event's steps, products and access groups, and the shared providers.</summary>
public sealed class CatalogWriter(StorageAccount storage)
{
    private TableClient Catalog => storage.Table(CatalogKeys.Table);

    /// <summary>Replaces the steps: old ones not in the list are removed in the same batch.</summary>
    public async Task ReplaceStepsAsync(string eventId, IReadOnlyList<StepInput> steps, CancellationToken ct)
    {
        var from = "step|";
        var to = "step}";
        var existing = await Catalog.QueryAsync<StepEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {eventId} and RowKey ge {from} and RowKey lt {to}"), cancellationToken: ct).ToListAsync(ct);
        var rows = steps.Select((s, i) => new StepEntity
        {
            PartitionKey = eventId, RowKey = CatalogKeys.Step(i + 1, s.Id!), StepId = s.Id!, Order = i + 1, Kind = s.Kind!,
            TitleFr = s.Title!.ToText().Fr, TitleEn = s.Title.ToText().En,
            IntroFr = s.Intro?.ToText().Fr ?? "", IntroEn = s.Intro?.ToText().En ?? "", Choice = s.Choice ?? ChoiceRules.None,
        }).ToList();
        var keep = rows.Select(r => r.RowKey).ToHashSet();
        var actions = existing.Where(e => !keep.Contains(e.RowKey))
            .Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, e.ETag))
            .Concat(rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)))
            .ToList();
        await Catalog.SubmitSinglePartitionAsync(actions, ct);
    }

    public Task UpsertProductAsync(ProductEntity product, CancellationToken ct) =>
        Catalog.UpsertEntityAsync(product, TableUpdateMode.Replace, ct);

    public Task UpsertAccessGroupAsync(string eventId, string code, AccessGroupInput input, CancellationToken ct) =>
        Catalog.UpsertEntityAsync(new AccessGroupEntity
        {
            PartitionKey = eventId, RowKey = CatalogKeys.Access(code), Code = code.Trim().ToUpperInvariant(), Group = input.Group!,
            LabelFr = input.Label!.ToText().Fr, LabelEn = input.Label.ToText().En,
        }, TableUpdateMode.Replace, ct);

    /// <summary>Creates or changes a provider; its photos stay as they are.</summary>
    public async Task UpsertProviderAsync(string providerId, ProviderInput input, CancellationToken ct)
    {
        var table = storage.Table(CatalogKeys.ProvidersTable);
        var fresh = new ProviderEntity { RowKey = providerId };
        input.ApplyTo(fresh);
        if (await table.TryAddAsync(fresh, ct)) return;
        await table.UpdateConditionallyAsync<ProviderEntity>(CatalogKeys.ProviderPartition, providerId, stored =>
        {
            input.ApplyTo(stored);
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

    public Task ChangePhotosAsync(string providerId, Action<List<string>> change, CancellationToken ct) =>
        storage.Table(CatalogKeys.ProvidersTable).UpdateConditionallyAsync<ProviderEntity>(CatalogKeys.ProviderPartition, providerId, provider =>
        {
            var photos = provider.PhotoList;
            change(photos);
            provider.Photos = string.Join(',', photos);
            return true;
        }, ct);
}
