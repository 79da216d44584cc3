using Congress.Payments;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Congress.Catalog;

public sealed record AccessCodeInput(string? Code) : IValidatable
{
    public IEnumerable<FieldError> Validate() => Check.Text("code", Code, 40);

    public AccessCode ToCommand() => new(Validated.Present(Code).Trim());
}

/// <summary>A checked access code, trimmed (codes compare without case).</summary>
public sealed record AccessCode(string Code);

public sealed record AccessGranted(string Group, LocalizedText Label);

public sealed record NightAvailability(string Date, int Free);

public sealed record ProductAvailability(string ProductId, int Free, IReadOnlyList<NightAvailability> Nights);

public sealed record AvailabilityView(IReadOnlyList<ProductAvailability> Products);

/// <summary>The public side of the catalog: the form, access codes and live availability.</summary>
public static class FormApi
{
    public static void MapFormApi(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/events/{eventId}").WithTags("Registration form").AllowAnonymous()
            .RequireRateLimiting(RateLimits.Public);
        events.MapGet("/form", GetFormAsync);
        events.MapPost("/access", CheckAccessAsync);
        events.MapGet("/availability", GetAvailabilityAsync);
    }

    private static async Task<Results<Ok<FormView>, NotFoundProblem>> GetFormAsync(string eventId, string? access,
        CatalogStore catalog, TimeProvider time, IOptions<StripeOptions> stripe, CancellationToken ct) =>
        FormAnswer(await catalog.LoadPublishedAsync(eventId, ct), access, time, stripe.Value);

    private static async Task<Results<Ok<AccessGranted>, BadRequestProblem, NotFoundProblem>> CheckAccessAsync(string eventId,
        AccessCodeInput input, CatalogStore catalog, CancellationToken ct) =>
        AccessAnswer(await catalog.LoadPublishedAsync(eventId, ct), input.ToCommand());

    /// <summary>The form as the attendee of the code's group sees it (the public form and the staff preview).</summary>
    internal static Results<Ok<FormView>, NotFoundProblem> FormAnswer(EventForm? form, string? access, TimeProvider time,
        StripeOptions stripe) =>
        form is null
            ? Problem.NotFound()
            : TypedResults.Ok(FormView.From(form, form.GroupFor(access), time.GetUtcNow(),
                PaymentMethods.Offered(form.Event.PaymentMethodList(), stripe)));

    /// <summary>Which group an access code opens, or 400 naming the code.</summary>
    internal static Results<Ok<AccessGranted>, BadRequestProblem, NotFoundProblem> AccessAnswer(EventForm? form, AccessCode access)
    {
        if (form is null) return Problem.NotFound();
        var group = form.AccessGroups.FirstOrDefault(g => string.Equals(g.Code, access.Code, StringComparison.OrdinalIgnoreCase));
        return group is null
            ? Problem.Validation(FieldError.Invalid("code", Message.Fr("Code d'accès inconnu.").En("Unknown access code.")))
            : TypedResults.Ok(new AccessGranted(group.Group, group.Label));
    }

    private static async Task<Results<Ok<AvailabilityView>, BadRequestProblem, NotFoundProblem>> GetAvailabilityAsync(string eventId,
        DateOnly? from, int? nights, CatalogStore catalog, Inventory inventory, CancellationToken ct)
    {
        if (nights is < 1 or > MaxNights)
            return Problem.Validation(FieldError.Invalid("nights", Message.Fr($"Entre 1 et {MaxNights} nuits.").En($"Between 1 and {MaxNights} nights.")));
        var form = await catalog.LoadPublishedAsync(eventId, ct);
        if (form is null) return Problem.NotFound();
        var stay = nights ?? 1;
        var arrival = from ?? form.StartDate;
        if (arrival < form.StartDate.AddYears(-1) || arrival > form.EndDate.AddYears(1))
            return Problem.Validation(FieldError.Invalid("from", Message.Fr("Date hors de la période de l'événement.").En("Date outside the event's period.")));
        var tracked = form.Products.Where(p => p.Capacity != CapacityModes.None).ToList();
        var keys = tracked.SelectMany(p => Slots(p, arrival, stay).Select(slot => StockKeys.Stock(p.Id, slot))).ToList();
        var free = await inventory.FreeAsync(eventId, keys, ct);
        var view = tracked.Select(p =>
        {
            var nightsFree = Slots(p, arrival, stay).Select(slot => new NightAvailability(slot, free[StockKeys.Stock(p.Id, slot)])).ToList();
            return new ProductAvailability(p.Id, nightsFree.Min(n => n.Free), p.IsRoom ? nightsFree : []);
        }).ToList();
        return TypedResults.Ok(new AvailabilityView(view));
    }

    private const int MaxNights = 30;

    private static IEnumerable<string> Slots(Product product, DateOnly arrival, int nights) =>
        product.Capacity == CapacityModes.PerNight
            ? Enumerable.Range(0, nights).Select(i => arrival.AddDays(i).ToString("yyyy-MM-dd"))
            : [StockKeys.Total];
}
