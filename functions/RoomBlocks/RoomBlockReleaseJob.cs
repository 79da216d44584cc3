using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Congress.Catalog;
using Congress.Events;
using Congress.Messaging;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.RoomBlocks;

/// <summary>One night of a released block: rooms offered, sold, still held, and handed back to the provider.</summary>
public sealed record ReleasedNight(string ProductId, string Night, int Offered, int Sold, int Held, int Released);

/// <summary>
/// On a request's release date (rétrocession, in the event's time zone), hands the unsold rooms of
/// every accepted answer back to their provider: each night of each product the block created is
/// closed at what is held and sold, so the form sells nothing more of it; the provider is emailed
/// the final figures; the request is marked released with them. A second run finds it released and
/// does nothing.
/// </summary>
public sealed class RoomBlockReleaseJob(StorageAccount storage, RoomBlockStore store, EventStore events, Inventory inventory,
    CatalogStore catalog, EmailOutbox outbox, TimeProvider time, ILogger<RoomBlockReleaseJob> logger) : ITimerJob
{
    public const string Name = "RoomBlockRelease";
    public const string Schedule = "0 15 * * * *";

    public async Task RunAsync(TimerContext timer, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var open = RoomBlockStatus.Open;
        var filter = TableClient.CreateQueryFilter($"Status eq {open}");
        await foreach (var request in storage.Table(RoomBlockRequestRow.Table).QueryAsync<RoomBlockRequestRow>(filter, cancellationToken: ct))
        {
            if (await events.FindAsync(request.PartitionKey, ct) is not { } ev) continue;
            if (DateOnly.Parse(request.ReleaseOn, CultureInfo.InvariantCulture) > ev.DayOf(now)) continue;
            await ReleaseAsync(request, ev, ct);
        }
    }

    private async Task ReleaseAsync(RoomBlockRequestRow request, EventEntity ev, CancellationToken ct)
    {
        var answers = (await store.AnswersAsync(request.Number, ct)).Where(a => a.AcceptedAt is not null).ToList();
        var providers = await store.ProvidersAsync(ct);
        var figures = new Dictionary<string, List<ReleasedNight>>();
        var stock = (await inventory.RowsAsync(ev.RowKey, ct)).ToDictionary(r => (r.ProductId, r.Slot));
        foreach (var answer in answers)
        {
            var nights = new List<ReleasedNight>();
            foreach (var offer in answer.Offers().Where(o => o.Rooms > 0))
            {
                var productId = RoomBlockAcceptance.ProductId(offer.Type, answer.ProviderId);
                var night = offer.Night.ToString("yyyy-MM-dd");
                var before = stock.GetValueOrDefault((productId, night));
                if (await inventory.CloseAsync(ev.RowKey, productId, night, ct) is not { } row) continue;
                var offered = before?.Closed == false ? before.Capacity : row.Capacity;
                nights.Add(new ReleasedNight(productId, night, offered, row.Sold, row.Held, Math.Max(0, offered - row.Held - row.Sold)));
            }
            figures[answer.ProviderId] = nights;
            if (providers.GetValueOrDefault(answer.ProviderId) is { Email.Length: > 0 } provider)
                await outbox.EnqueueAsync(FinalFigures(request, ev, provider, nights), ct);
        }
        catalog.Forget(ev.RowKey);
        var released = time.GetUtcNow();
        await storage.Table(RoomBlockRequestRow.Table).UpdateConditionallyAsync<RoomBlockRequestRow>(request.PartitionKey, request.RowKey, r =>
        {
            if (r.Status == RoomBlockStatus.Released) return false;
            r.Status = RoomBlockStatus.Released;
            r.ReleasedAt = released;
            r.ReleaseJson = JsonSerializer.Serialize(figures, JsonDefaults.Options);
            return true;
        }, ct);
        logger.LogInformation("Room block {Number} of {Event} released: {Providers} providers", request.Number, ev.RowKey, figures.Count);
    }

    private static OutgoingEmail FinalFigures(RoomBlockRequestRow request, EventEntity ev, ProviderEntity provider, IReadOnlyList<ReleasedNight> nights)
    {
        var text = new StringBuilder()
            .AppendLine($"Bonjour,").AppendLine()
            .AppendLine($"Rétrocession de l'allotement n° {request.Number} — {ev.Title}.")
            .AppendLine("Les chambres non vendues vous sont rendues ; voici les chiffres définitifs (nuit, type : proposées, vendues, en attente de paiement, rendues).")
            .AppendLine();
        foreach (var n in nights)
            text.AppendLine($"{n.Night} {n.ProductId} : {n.Offered}, {n.Sold}, {n.Held}, {n.Released}");
        text.AppendLine().AppendLine($"Release of room block no. {request.Number} — {ev.Title}: unsold rooms are handed back to you; final figures above (night, type: offered, sold, awaiting payment, released).");
        return new OutgoingEmail($"room-block/{request.Number}/{provider.RowKey}/release", provider.Email, provider.Name,
            $"Rétrocession allotement {request.Number} — {ev.Title}", text.ToString(), null, "room-block-release", request.Number);
    }
}
