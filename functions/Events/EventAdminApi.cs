using Congress.Payments;
using Congress.Platform.Auth;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Congress.Events;

/// <summary>Creating, listing and reading events for the back office's event screens.</summary>
public static class EventAdminApi
{
    public static void MapEventAdminApi(this IEndpointRouteBuilder app)
    {
        // Every staff member reads the events (to follow their registrations); Operations change them.
        var read = app.MapGroup("/api/admin/events").WithTags("Event administration").RequireAuthorization(Policies.AnyStaff);
        read.MapGet("/", ListAsync);
        read.MapGet("/{eventId}", GetAsync);
        var admin = app.MapGroup("/api/admin/events").WithTags("Event administration")
            .RequireAuthorization(Policies.Operations);
        admin.MapPut("/{eventId}", PutAsync);
    }

    /// <summary>Every event, drafts included, the most recently created first.</summary>
    private static async Task<Ok<List<EventSummaryView>>> ListAsync(StorageAccount storage, CancellationToken ct)
    {
        var rows = await storage.Table(EventsApi.Table).QueryPartitionAsync<EventEntity>(EventEntity.Partition, ct).ToListAsync(ct);
        return TypedResults.Ok(rows.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.StartDate, StringComparer.Ordinal)
            .Select(EventSummaryView.From).ToList());
    }

    private static async Task<Results<Ok<EventSettingsView>, NotFoundProblem>> GetAsync(string eventId, EventStore events,
        IOptions<StripeOptions> stripe, CancellationToken ct) =>
        await events.FindAsync(eventId, ct) is { } entity
            ? TypedResults.Ok(EventSettingsView.From(entity) with { AvailablePaymentMethods = PaymentMethods.Available(stripe.Value) })
            : Problem.NotFound();

    private static async Task<Results<Created, NoContent, BadRequestProblem>> PutAsync(string eventId, EventSettingsInput input,
        StorageAccount storage, IEventCache catalog, IOptions<StripeOptions> stripe, TimeProvider time, CancellationToken ct)
    {
        if (!Ids.Valid(eventId)) return Problem.Validation(Ids.Error("eventId"));
        var settings = input.ToCommand();
        // Offering card without Stripe's secrets would take registrations nobody can pay.
        if (settings.PaymentMethods.Contains(PaymentMethods.Card) && !stripe.Value.CardReady)
            return Problem.Validation(FieldError.Invalid("paymentMethods",
                Message.Fr("Le paiement par carte n'est pas configuré sur ce déploiement (clés Stripe absentes) : choisissez chèque et/ou virement.")
                .En("Card payment is not configured on this deployment (Stripe keys missing): choose cheque and/or transfer.")));
        var table = storage.Table(EventsApi.Table);
        var fresh = new EventEntity { RowKey = eventId, CreatedAt = time.GetUtcNow() };
        settings.ApplyTo(fresh);
        if (await table.TryAddAsync(fresh, ct)) return TypedResults.Created($"/api/events/{eventId}");
        await table.UpdateConditionallyAsync<EventEntity>(EventEntity.Partition, eventId, stored =>
        {
            settings.ApplyTo(stored);
            return true;
        }, ct);
        catalog.Forget(eventId);
        return TypedResults.NoContent();
    }
}
