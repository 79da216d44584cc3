using Congress.Platform.Auth;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Catalog;

public sealed record StockRowView(string ProductId, string Slot, int Capacity, int Held, int Sold, int Free);

/// <summary>Event configuration for the back office's event screens: each read answers in the shape its PUT takes.</summary>
public static class CatalogAdminApi
{
    public static void MapCatalogAdminApi(this IEndpointRouteBuilder app)
    {
        // Configuration is read by every staff member (the registration follow-up needs it); Operations change it.
        var read = app.MapGroup("/api/admin").WithTags("Catalog administration").RequireAuthorization(Policies.AnyStaff);
        read.MapGet("/providers", ListProvidersAsync);
        read.MapGet("/events/{eventId}/catalog", GetCatalogAsync);
        read.MapGet("/events/{eventId}/stock", GetStockAsync);
        var admin = app.MapGroup("/api/admin").WithTags("Catalog administration")
            .RequireAuthorization(Policies.Operations);
        admin.MapPut("/providers/{providerId}", PutProviderAsync);
        admin.MapPut("/events/{eventId}/steps", PutStepsAsync);
        admin.MapPut("/events/{eventId}/products/{productId}", PutProductAsync);
        admin.MapPut("/events/{eventId}/products/{productId}/stock", PutStockAsync);
        admin.MapPut("/events/{eventId}/access-groups/{code}", PutAccessGroupAsync);
    }

    /// <summary>Every provider (they are shared by all events), by name.</summary>
    private static async Task<Ok<List<ProviderAdminView>>> ListProvidersAsync(StorageAccount storage, CancellationToken ct)
    {
        var rows = await storage.Table(CatalogKeys.ProvidersTable).QueryPartitionAsync<ProviderEntity>(CatalogKeys.ProviderPartition, ct)
            .ToListAsync(ct);
        return TypedResults.Ok(rows.OrderBy(p => p.Name, StringComparer.InvariantCultureIgnoreCase).ThenBy(p => p.RowKey, StringComparer.Ordinal)
            .Select(ProviderAdminView.From).ToList());
    }

    /// <summary>Read without the public cache: staff see their last change at once, drafts included.</summary>
    private static async Task<Results<Ok<CatalogAdminView>, NotFoundProblem>> GetCatalogAsync(string eventId, CatalogStore catalog,
        CancellationToken ct) =>
        await catalog.LoadAsync(eventId, ct) is { } form ? TypedResults.Ok(CatalogAdminView.From(form)) : Problem.NotFound();

    private static async Task<Results<NoContent, BadRequestProblem>> PutProviderAsync(string providerId, ProviderInput input,
        CatalogWriter writer, CancellationToken ct)
    {
        if (!Ids.Valid(providerId)) return Problem.Validation(Ids.Error("providerId"));
        await writer.UpsertProviderAsync(providerId, input.ToCommand(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFoundProblem>> PutStepsAsync(string eventId, StepsInput input,
        CatalogStore catalog, CatalogWriter writer, CancellationToken ct)
    {
        if (await catalog.LoadAsync(eventId, ct) is null) return Problem.NotFound();
        await writer.ReplaceStepsAsync(eventId, input.ToCommand(), ct);
        catalog.Forget(eventId);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, BadRequestProblem, NotFoundProblem>> PutProductAsync(string eventId, string productId,
        ProductInput input, CatalogStore catalog, CatalogWriter writer, CancellationToken ct)
    {
        if (!Ids.Valid(productId)) return Problem.Validation(Ids.Error("productId"));
        var form = await catalog.LoadAsync(eventId, ct);
        if (form is null) return Problem.NotFound();
        var product = input.ToCommand();
        if (form.FindStep(product.StepId) is null)
            return Problem.Validation(FieldError.Invalid("stepId", Message.Fr("Étape inconnue pour cet événement.").En("Unknown step for this event.")));
        await writer.UpsertProductAsync(eventId, productId, product, ct);
        catalog.Forget(eventId);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, BadRequestProblem, NotFoundProblem>> PutStockAsync(string eventId, string productId,
        StockInput input, CatalogStore catalog, Inventory inventory, CancellationToken ct)
    {
        var product = (await catalog.LoadAsync(eventId, ct))?.FindProduct(productId);
        if (product is null) return Problem.NotFound();
        if (product.Capacity == CapacityModes.None)
            return Problem.Validation(FieldError.Invalid("slots", Message.Fr("Cette prestation n'a pas de stock.").En("This product has no stock.")));
        var refused = new List<FieldError>();
        foreach (var (slot, capacity) in input.ToCommand().Slots)
        {
            var wrongKind = product.Capacity == CapacityModes.PerNight ? slot == StockKeys.Total : slot != StockKeys.Total;
            if (wrongKind)
                refused.Add(FieldError.Invalid($"slots.{slot}", Message.Fr("Stock par nuit pour les chambres, « total » sinon.").En("Stock per night for rooms, \"total\" otherwise.")));
            else if (!await inventory.SetCapacityAsync(eventId, productId, slot, capacity, ct))
                refused.Add(FieldError.Invalid($"slots.{slot}", Message.Fr("Inférieur à ce qui est déjà réservé.").En("Below what is already booked.")));
        }
        return refused.Count > 0 ? Problem.Validation(refused) : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<StockRowView>>, NotFoundProblem>> GetStockAsync(string eventId,
        CatalogStore catalog, Inventory inventory, CancellationToken ct)
    {
        if (await catalog.LoadAsync(eventId, ct) is null) return Problem.NotFound();
        var rows = await inventory.RowsAsync(eventId, ct);
        return TypedResults.Ok(rows.Select(r => new StockRowView(r.ProductId, r.Slot, r.Capacity, r.Held, r.Sold, r.Free)).ToList());
    }

    private static async Task<Results<NoContent, BadRequestProblem, NotFoundProblem>> PutAccessGroupAsync(string eventId, string code,
        AccessGroupInput input, CatalogStore catalog, CatalogWriter writer, CancellationToken ct)
    {
        if (!Ids.Valid(code.ToLowerInvariant())) return Problem.Validation(Ids.Error("code"));
        if (await catalog.LoadAsync(eventId, ct) is null) return Problem.NotFound();
        await writer.UpsertAccessGroupAsync(eventId, code, input.ToCommand(), ct);
        catalog.Forget(eventId);
        return TypedResults.NoContent();
    }
}
