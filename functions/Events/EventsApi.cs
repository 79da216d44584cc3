using Azure.Data.Tables;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Events;

/// <summary>What the public sees of an event.</summary>
public sealed record PublicEvent(string Id, string Title, string Venue, string City, string StartDate,
    string EndDate, string TimeZone, string Summary)
{
    public static PublicEvent From(EventEntity e) =>
        new(e.RowKey, e.Title, e.Venue, e.City, e.StartDate, e.EndDate, e.TimeZone, e.Summary);
}

public static class EventsApi
{
    public const string Table = "Events";

    public static void MapEventsApi(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/events").WithTags("Events").AllowAnonymous().RequireRateLimiting(RateLimits.Public);
        events.MapGet("/", ListPublishedAsync);
        events.MapGet("/{id}", GetPublishedAsync);
        app.MapEventAdminApi();
    }

    private static async Task<Ok<List<PublicEvent>>> ListPublishedAsync(StorageAccount storage, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {EventEntity.Partition} and Status eq {EventStatus.Published}");
        var events = new List<PublicEvent>();
        await foreach (var entity in storage.Table(Table).QueryAsync<EventEntity>(filter, cancellationToken: ct))
            events.Add(PublicEvent.From(entity));
        return TypedResults.Ok(events.OrderBy(e => e.StartDate, StringComparer.Ordinal).ToList());
    }

    private static async Task<Results<Ok<PublicEvent>, NotFoundProblem>> GetPublishedAsync(string id,
        EventStore events, CancellationToken ct)
    {
        // A draft is as invisible as a missing event.
        return await events.FindAsync(id, ct) is { Status: EventStatus.Published } entity
            ? TypedResults.Ok(PublicEvent.From(entity))
            : Problem.NotFound();
    }
}
