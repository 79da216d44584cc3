using Congress.Catalog;
using Congress.Platform.Problems;
using Congress.Platform.Storage;

namespace Congress.RoomBlocks;

/// <summary>
/// A room product made from an answer: <see cref="Price"/> is its lowest night (what the form shows as
/// "from"), <see cref="PricePerNight"/> what each night costs, as the provider answered.
/// </summary>
public sealed record AcceptedProduct(string ProductId, string Type, decimal Price, IReadOnlyDictionary<string, int> RoomsPerNight,
    IReadOnlyDictionary<string, decimal> PricePerNight);

public enum AcceptOutcome { Done, NotFound, NoAnswer, NoAccommodationStep, Invalid, Released }

public sealed record AcceptResult(AcceptOutcome Outcome, IReadOnlyList<AcceptedProduct> Products, IReadOnlyList<FieldError> Errors);

/// <summary>
/// Accepting a provider's answer: each room type it offers becomes a room product of the event's
/// accommodation step, with the rooms offered as its stock per night and the provider's price for each
/// night (a hotel may charge more on a busy night: the attendee pays each night's own price), so the
/// attendee form sells them at once. Accepting again updates prices and stock, never below what is
/// already held or sold.
/// </summary>
public sealed class RoomBlockAcceptance(RoomBlockStore store, CatalogStore catalog, CatalogWriter writer, Inventory inventory,
    StorageAccount storage, TimeProvider time)
{
    private const decimal RoomVatRate = 10m;

    public async Task<AcceptResult> AcceptAsync(string eventId, string number, string providerId, string by, CancellationToken ct)
    {
        if (await store.FindAsync(eventId, number, ct) is not { } request || !request.ProviderList().Contains(providerId))
            return new AcceptResult(AcceptOutcome.NotFound, [], []);
        // Released rooms went back to the provider: accepting again would sell them once more.
        if (request.Status == RoomBlockStatus.Released) return new AcceptResult(AcceptOutcome.Released, [], []);
        var answer = (await store.AnswersAsync(number, ct)).FirstOrDefault(a => a.ProviderId == providerId && a.Status == AnswerStatus.Submitted);
        if (answer is null) return new AcceptResult(AcceptOutcome.NoAnswer, [], []);
        var form = await catalog.LoadAsync(eventId, ct);
        var step = form?.Steps.FirstOrDefault(s => s.Kind == StepKinds.Accommodation);
        if (form is null || step is null) return new AcceptResult(AcceptOutcome.NoAccommodationStep, [], []);
        var provider = (await store.ProvidersAsync(ct)).GetValueOrDefault(providerId);

        var byType = answer.Offers().Where(o => o.Rooms > 0).GroupBy(o => o.Type).ToList();
        var errors = new List<FieldError>();
        var accepted = new List<AcceptedProduct>();
        foreach (var offers in byType)
        {
            var type = offers.Key;
            var productId = ProductId(type, providerId);
            var name = provider?.Name ?? providerId;
            var price = offers.Min(o => o.Price);
            var perNight = offers.ToDictionary(o => o.Night, o => o.Price);
            // One price for every night is stored as such (an empty list clears the per-night prices of an earlier acceptance).
            var nightPrices = perNight.Values.Distinct().Count() > 1 ? perNight : new Dictionary<DateOnly, decimal>();
            await writer.UpsertProductAsync(eventId, productId, new ProductInput(step.Id,
                new TextInput($"{RoomTypes.Labels[type]} — {name}", $"{RoomTypes.Labels[type]} — {name}"), null, providerId, price, RoomVatRate,
                ProductUnits.PerRoomPerNight, offers.Min(o => o.Night), offers.Max(o => o.Night), Audiences.Both, "", false,
                CapacityModes.PerNight, type, "roomOnly", RoomTypes.Occupancy(type), 100).ToCommand() with { NightPrices = nightPrices }, ct);
            foreach (var offer in offers)
                if (!await inventory.SetCapacityAsync(eventId, productId, offer.Night.ToString("yyyy-MM-dd"), offer.Rooms, ct))
                    errors.Add(FieldError.Invalid($"offers.{type}.{offer.Night:yyyy-MM-dd}",
                        Message.Fr("Moins de chambres que celles déjà réservées ou vendues : stock inchangé pour cette nuit.")
                        .En("Fewer rooms than already held or sold: stock unchanged for this night.")));
            accepted.Add(new AcceptedProduct(productId, type, price, offers.ToDictionary(o => o.Night.ToString("yyyy-MM-dd"), o => o.Rooms),
                perNight.ToDictionary(p => p.Key.ToString("yyyy-MM-dd"), p => p.Value)));
        }
        catalog.Forget(eventId);
        var now = time.GetUtcNow();
        await storage.Table(RoomBlockAnswerRow.Table).UpdateConditionallyAsync<RoomBlockAnswerRow>(number, providerId, a =>
        {
            a.AcceptedAt = now;
            a.AcceptedBy = by;
            return true;
        }, ct);
        return new AcceptResult(errors.Count == 0 ? AcceptOutcome.Done : AcceptOutcome.Invalid, accepted, errors);
    }

    /// <summary>"double-hotel-du-musee": one product per type and provider in an event, within the 60 characters of an id.</summary>
    public static string ProductId(string type, string providerId)
    {
        var id = $"{type}-{providerId}";
        return id.Length <= 60 ? id : id[..60].TrimEnd('-');
    }
}
