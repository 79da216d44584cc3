using System.Text.Json;
using Congress.Catalog;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.RoomBlocks;

/// <summary>Room block requests and their answers.</summary>
public sealed class RoomBlockStore(StorageAccount storage, TimeProvider time)
{
    private readonly Sequence _numbers = new(storage, "room-block-number");

    public async Task<RoomBlockRequestRow> CreateAsync(string eventId, RoomBlockAsk ask, string by, CancellationToken ct)
    {
        var row = new RoomBlockRequestRow
        {
            PartitionKey = eventId, RowKey = await _numbers.NextAsync(ct),
            FirstNight = ask.FirstNight.ToString("yyyy-MM-dd"), LastNight = ask.LastNight.ToString("yyyy-MM-dd"),
            RoomTypesJson = JsonSerializer.Serialize(ask.RoomTypes, JsonDefaults.Options),
            ProviderIds = string.Join(',', ask.ProviderIds.Distinct()),
            AnswerBy = ask.AnswerBy.ToString("yyyy-MM-dd"), ReleaseOn = ask.ReleaseOn.ToString("yyyy-MM-dd"),
            Remarks = ask.Remarks, CreatedAt = time.GetUtcNow(), CreatedBy = by,
        };
        await storage.Table(RoomBlockRequestRow.Table).AddEntityAsync(row, ct);
        return row;
    }

    public async Task<List<RoomBlockRequestRow>> ForEventAsync(string eventId, CancellationToken ct) =>
        (await storage.Table(RoomBlockRequestRow.Table).QueryPartitionAsync<RoomBlockRequestRow>(eventId, ct).ToListAsync(ct))
            .OrderByDescending(r => r.RowKey, StringComparer.Ordinal).ToList();

    public async Task<RoomBlockRequestRow?> FindAsync(string eventId, string number, CancellationToken ct)
    {
        if (!TableKeys.IsSafe(number)) return null;
        var found = await storage.Table(RoomBlockRequestRow.Table).GetEntityIfExistsAsync<RoomBlockRequestRow>(eventId, number, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>A request by its number alone (numbers are unique across events).</summary>
    public async Task<RoomBlockRequestRow?> FindByNumberAsync(string number, CancellationToken ct) =>
        TableKeys.IsSafe(number)
            ? await storage.Table(RoomBlockRequestRow.Table)
                .QueryAsync<RoomBlockRequestRow>(Azure.Data.Tables.TableClient.CreateQueryFilter($"RowKey eq {number}"), cancellationToken: ct)
                .FirstOrDefaultAsync(ct)
            : null;

    /// <summary>The requests that asked this provider, newest first.</summary>
    public async Task<List<RoomBlockRequestRow>> ForProviderAsync(string providerId, CancellationToken ct) =>
        (await storage.Table(RoomBlockRequestRow.Table).QueryAsync<RoomBlockRequestRow>(cancellationToken: ct).ToListAsync(ct))
            .Where(r => r.ProviderList().Contains(providerId)).OrderByDescending(r => r.RowKey, StringComparer.Ordinal).ToList();

    public async Task<List<RoomBlockAnswerRow>> AnswersAsync(string number, CancellationToken ct) =>
        await storage.Table(RoomBlockAnswerRow.Table).QueryPartitionAsync<RoomBlockAnswerRow>(number, ct).ToListAsync(ct);

    /// <summary>Writes a provider's answer (draft or submitted); the provider space calls this.</summary>
    public async Task SaveAnswerAsync(string number, string providerId, IReadOnlyList<RoomOffer> offers, string remarks, bool submit,
        CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await storage.Table(RoomBlockAnswerRow.Table).UpsertEntityAsync(new RoomBlockAnswerRow
        {
            PartitionKey = number, RowKey = providerId, OffersJson = JsonSerializer.Serialize(offers, JsonDefaults.Options),
            Remarks = remarks, UpdatedAt = now, Status = submit ? AnswerStatus.Submitted : AnswerStatus.Draft, SubmittedAt = submit ? now : null,
        }, Azure.Data.Tables.TableUpdateMode.Replace, ct);
    }

    public async Task<Dictionary<string, ProviderEntity>> ProvidersAsync(CancellationToken ct) =>
        (await storage.Table(CatalogKeys.ProvidersTable).QueryPartitionAsync<ProviderEntity>(CatalogKeys.ProviderPartition, ct)
            .ToListAsync(ct)).ToDictionary(p => p.RowKey);
}
