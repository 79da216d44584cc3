using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Congress.Events;
using Congress.Platform.Auth;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Catalog;

public enum DuplicateOutcome { Created, SourceNotFound, AlreadyExists }

/// <summary>
/// Copies an event as a new draft: its settings, steps, products, access groups, photos and stock capacities;
/// never its registrations, nor what is held or sold. The new event row is written last, so an event that
/// exists is always complete; a copy cut short leaves rows nobody sees, which a retry overwrites.
/// </summary>
public sealed class EventDuplicator(StorageAccount storage, EventStore events, Inventory inventory, TimeProvider time)
{
    // Row properties that belong to the row, not to what it says.
    private static readonly HashSet<string> StorageProperties = ["PartitionKey", "RowKey", "Timestamp", "odata.etag"];

    public async Task<(DuplicateOutcome Outcome, EventEntity? Copy)> DuplicateAsync(string sourceId, EventCopy order,
        CancellationToken ct)
    {
        if (await events.FindAsync(sourceId, ct) is not { } source) return (DuplicateOutcome.SourceNotFound, null);
        var newId = order.NewEventId;
        if (await events.FindAsync(newId, ct) is not null) return (DuplicateOutcome.AlreadyExists, null);

        await CopyCatalogAsync(sourceId, newId, ct);
        foreach (var row in await inventory.RowsAsync(sourceId, ct))
            await inventory.SetCapacityAsync(newId, row.ProductId, row.Slot, row.Capacity, ct);
        await CopyPhotosAsync($"events/{sourceId}/event", $"events/{newId}/event", PhotoAlbum.Parse(source.Photos), ct);

        var copy = new EventEntity
        {
            RowKey = newId, Title = order.Title, Status = EventStatus.Draft, CreatedAt = time.GetUtcNow(),
            Venue = source.Venue, City = source.City, StartDate = source.StartDate, EndDate = source.EndDate, TimeZone = source.TimeZone,
            Summary = source.Summary, VenueLatitude = source.VenueLatitude, VenueLongitude = source.VenueLongitude,
            PresentationHtml = source.PresentationHtml, TermsHtml = source.TermsHtml, RegistrationOpensAt = source.RegistrationOpensAt,
            RegistrationClosesAt = source.RegistrationClosesAt, MaxParticipants = source.MaxParticipants,
            DepositPercent = source.DepositPercent, PaymentMethods = source.PaymentMethods, HoldMinutes = source.HoldMinutes,
            ManualPaymentDays = source.ManualPaymentDays, ReminderDays = source.ReminderDays, Payee = source.Payee,
            Iban = source.Iban, Bic = source.Bic, PayeeAddress = source.PayeeAddress, Photos = source.Photos,
        };
        return await events.TryAddAsync(copy, ct)
            ? (DuplicateOutcome.Created, copy)
            : (DuplicateOutcome.AlreadyExists, null);
    }

    /// <summary>The whole catalog partition (steps, products, access groups), property by property.</summary>
    private async Task CopyCatalogAsync(string sourceId, string newId, CancellationToken ct)
    {
        var table = storage.Table(CatalogKeys.Table);
        var rows = await table.QueryPartitionAsync<TableEntity>(sourceId, ct).ToListAsync(ct);
        var copies = rows.Select(row =>
        {
            var copy = new TableEntity(newId, row.RowKey);
            foreach (var (name, value) in row.Where(p => !StorageProperties.Contains(p.Key))) copy[name] = value;
            return copy;
        }).ToList();
        foreach (var chunk in copies.Chunk(TableExtensions.MaxBatchSize))
            await table.SubmitSinglePartitionAsync(chunk.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, c)).ToList(), ct);

        foreach (var product in rows.Where(r => r.RowKey.StartsWith("product|", StringComparison.Ordinal)))
        {
            var productId = product.GetString(nameof(ProductEntity.ProductId)) ?? "";
            await CopyPhotosAsync($"events/{sourceId}/products/{productId}", $"events/{newId}/products/{productId}",
                PhotoAlbum.Parse(product.GetString(nameof(ProductEntity.Photos)) ?? ""), ct);
        }
    }

    private async Task CopyPhotosAsync(string fromPrefix, string toPrefix, IEnumerable<string> photoIds, CancellationToken ct)
    {
        var container = storage.Container(Photos.Container);
        foreach (var photoId in photoIds)
        {
            var from = container.GetBlobClient($"{fromPrefix}/{photoId}");
            if (!await from.ExistsAsync(ct)) continue;
            var content = (await from.DownloadContentAsync(ct)).Value;
            await container.GetBlobClient($"{toPrefix}/{photoId}").UploadAsync(content.Content,
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = content.Details.ContentType } }, ct);
        }
    }
}

/// <summary>Copying an event with its catalog, for the back office's event screens.</summary>
public static class EventDuplicationApi
{
    public static void MapEventDuplicationApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/events").WithTags("Event administration")
            .RequireAuthorization(Policies.Operations);
        admin.MapPost("/{eventId}/duplicate", DuplicateAsync);
    }

    private static async Task<Results<Created<EventSummaryView>, NotFoundProblem, ConflictProblem>> DuplicateAsync(string eventId,
        DuplicateEventInput input, EventDuplicator duplicator, CancellationToken ct)
    {
        var (outcome, copy) = await duplicator.DuplicateAsync(eventId, input.ToCommand(), ct);
        return outcome switch
        {
            DuplicateOutcome.SourceNotFound => Problem.NotFound(),
            DuplicateOutcome.AlreadyExists => Problem.Conflict("conflict", Message.Fr("Conflit.").En("Conflict."),
                Message.Fr("Un événement porte déjà cet identifiant.").En("An event with this id already exists."),
                [FieldError.Invalid("newEventId", Message.Fr("Identifiant déjà utilisé par un autre événement.").En("Id already used by another event."))]),
            _ => TypedResults.Created($"/api/admin/events/{copy!.RowKey}", EventSummaryView.From(copy)),
        };
    }
}
