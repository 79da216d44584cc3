using Congress.Catalog;
using Congress.Payments;
using Congress.Platform.Auth;
using Congress.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Congress.Registrations;

/// <summary>
/// "Preview as attendee": the public form's reads for staff, drafts included and never from the public cache,
/// so that a change shows at once. Nothing here holds stock or registers anyone: pricing only.
/// </summary>
public static class FormPreviewApi
{
    public static void MapFormPreviewApi(this IEndpointRouteBuilder app)
    {
        // The form as an attendee of a group sees it: every staff member reads it (the registration
        // follow-up adds lines from it); trying codes and prices is for the event's team.
        app.MapGroup("/api/admin/events/{eventId}").WithTags("Catalog administration").RequireAuthorization(Policies.AnyStaff)
            .MapGet("/form", GetFormAsync);
        var preview = app.MapGroup("/api/admin/events/{eventId}").WithTags("Catalog administration")
            .RequireAuthorization(Policies.Operations);
        preview.MapPost("/access", CheckAccessAsync);
        preview.MapPost("/quote", QuoteAsync);
    }

    private static async Task<Results<Ok<FormView>, NotFoundProblem>> GetFormAsync(string eventId, string? access,
        CatalogStore catalog, TimeProvider time, IOptions<StripeOptions> stripe, CancellationToken ct) =>
        FormApi.FormAnswer(await catalog.LoadAsync(eventId, ct), access, time, stripe.Value);

    private static async Task<Results<Ok<AccessGranted>, BadRequestProblem, NotFoundProblem>> CheckAccessAsync(string eventId,
        AccessCodeInput input, CatalogStore catalog, CancellationToken ct) =>
        FormApi.AccessAnswer(await catalog.LoadAsync(eventId, ct), input.ToCommand());

    private static async Task<Results<Ok<Quote>, BadRequestProblem, NotFoundProblem>> QuoteAsync(string eventId, BasketInput basket,
        CatalogStore catalog, CancellationToken ct)
    {
        var form = await catalog.LoadAsync(eventId, ct);
        if (form is null) return Problem.NotFound();
        var (priced, errors) = Pricing.Price(form, basket);
        return priced is null ? Problem.Validation(errors) : TypedResults.Ok(priced.ForAttendee());
    }
}
