using Congress.Catalog;
using Congress.Platform.Auth;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Events;

/// <summary>Creating and changing events (the screens come with the back-office issue).</summary>
public static class EventAdminApi
{
    public static void MapEventAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/events").WithTags("Event administration")
            .RequireAuthorization(Policies.Operations).AddEndpointFilter<ValidationFilter>();
        admin.MapPut("/{eventId}", PutAsync);
    }

    private static async Task<Results<Created, NoContent, ProblemHttpResult>> PutAsync(string eventId, EventSettingsInput input,
        StorageAccount storage, CatalogStore catalog, TimeProvider time, CancellationToken ct)
    {
        if (!Ids.Valid(eventId)) return Problem.Validation(Ids.Error("eventId"));
        var table = storage.Table(EventsApi.Table);
        var fresh = new EventEntity { RowKey = eventId, CreatedAt = time.GetUtcNow() };
        input.ApplyTo(fresh);
        if (await table.TryAddAsync(fresh, ct)) return TypedResults.Created($"/api/events/{eventId}");
        await table.UpdateConditionallyAsync<EventEntity>(EventEntity.Partition, eventId, stored =>
        {
            input.ApplyTo(stored);
            return true;
        }, ct);
        catalog.Forget(eventId);
        return TypedResults.NoContent();
    }
}
