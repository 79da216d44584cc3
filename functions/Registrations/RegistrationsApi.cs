using Congress.Catalog;
using Congress.Events;
using Congress.Payments;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Registrations;

public sealed record SubmitResponse(string RegistrationId, string AccessToken, string Status, decimal Total, decimal Deposit,
    DateTimeOffset? HoldExpiresAt, PaymentInstructions Payment);

public static class RegistrationsApi
{
    public static void MapRegistrationsApi(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/events/{eventId}").WithTags("Registration").AllowAnonymous()
            .RequireRateLimiting(RateLimits.Public);
        events.MapPost("/quote", QuoteAsync);
        events.MapPost("/registrations", SubmitAsync);

        var attendee = app.MapGroup("/api/registrations/{registrationId}").WithTags("Registration").AllowAnonymous()
            .RequireRateLimiting(RateLimits.Public);
        attendee.MapGet("/", GetAsync);
        attendee.MapGet("/summary.pdf", GetPdfAsync);
    }

    private static async Task<Results<Ok<Quote>, BadRequestProblem, NotFoundProblem>> QuoteAsync(string eventId, BasketInput basket,
        CatalogStore catalog, CancellationToken ct)
    {
        var form = await catalog.LoadPublishedAsync(eventId, ct);
        if (form is null) return Problem.NotFound();
        var (priced, errors) = Pricing.Price(form, basket);
        return priced is null ? Problem.Validation(errors) : TypedResults.Ok(priced.ForAttendee());
    }

    private static async Task<Results<Created<SubmitResponse>, Ok<SubmitResponse>, BadRequestProblem, NotFoundProblem, ConflictProblem>> SubmitAsync(string eventId,
        SubmitInput input, RegistrationFlow flow, RegistrationTokens tokens, CancellationToken ct)
    {
        var result = await flow.SubmitAsync(eventId, input.ToCommand(), ct);
        switch (result.Outcome)
        {
            case SubmitOutcome.NotFound: return Problem.NotFound();
            case SubmitOutcome.Invalid: return Problem.Validation(result.Errors);
            case SubmitOutcome.Closed:
                return Problem.Conflict("registration-closed", Message.Fr("Les inscriptions sont fermées.").En("Registration is closed."),
                    Message.Fr("Cet événement ne prend pas d'inscriptions en ce moment.").En("This event does not take registrations now."), result.Errors);
            case SubmitOutcome.Short:
                return Problem.Conflict("sold-out", Message.Fr("Plus assez de places.").En("Not enough left."),
                    Message.Fr("Certaines prestations ne sont plus disponibles en quantité suffisante ; rien n'a été réservé.")
                    .En("Some products are no longer available in the quantity asked; nothing was held."), result.Errors);
        }
        var registration = result.Registration!;
        var view = RegistrationView.From(registration, result.Event!, [], null);
        var response = new SubmitResponse(registration.Id, tokens.For(registration.Id), registration.Status, view.Total, view.Deposit,
            registration.HoldExpiresAt, view.Payment);
        return result.Outcome == SubmitOutcome.Created
            ? TypedResults.Created($"/api/registrations/{registration.Id}", response)
            : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<RegistrationView>, NotFoundProblem>> GetAsync(string registrationId, string? token,
        RegistrationStore registrations, RegistrationPayments payments, RegistrationTokens tokens, EventStore events, CancellationToken ct)
    {
        // Unknown id and wrong token look the same: nobody learns which registrations exist.
        if (!tokens.Opens(token, registrationId) || await registrations.FindAsync(registrationId, ct) is not { } registration)
            return Problem.NotFound();
        return TypedResults.Ok(RegistrationView.From(registration, await events.GetAsync(registration.EventId, ct),
            await payments.PaymentsAsync(registrationId, ct), token));
    }

    private static async Task<Results<PdfFile, NotFoundProblem>> GetPdfAsync(string registrationId, string? token,
        RegistrationStore registrations, RegistrationTokens tokens, RegistrationSummaries summaries, CancellationToken ct)
    {
        if (!tokens.Opens(token, registrationId)
            || await registrations.FindAsync(registrationId, ct) is not { Status: RegistrationStatus.Confirmed, Number: not null } r)
            return Problem.NotFound();
        var content = await (await summaries.EnsureAsync(r, ct)).DownloadContentAsync(ct);
        return new PdfFile(content.Value.Content.ToArray(), $"inscription-{r.Number}.pdf");
    }
}
