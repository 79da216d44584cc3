using Congress.Platform.Auth;
using Congress.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Finance;

/// <summary>The provider follow-up of an event or a registration and the commission listing (Admin and Finance).</summary>
public static class FinanceApi
{
    public static void MapFinanceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/finance").WithTags("Finance").RequireAuthorization(Policies.FinanceTeam);
        group.MapGet("/events/{eventId}/follow-up", async (string eventId, FinanceReader reader, CancellationToken ct) =>
            Answers.OkOrNotFound(await reader.EventAsync(eventId, ct)));
        group.MapGet("/registrations/{registrationId}/follow-up", async (string registrationId, FinanceReader reader, CancellationToken ct) =>
            Answers.OkOrNotFound(await reader.RegistrationAsync(registrationId, ct)));
        group.MapGet("/events/{eventId}/commissions", CommissionsAsync);
    }

    private static async Task<Results<Ok<IReadOnlyList<CommissionEntry>>, BadRequestProblem, NotFoundProblem>> CommissionsAsync(string eventId,
        DateOnly? from, DateOnly? to, string? providerId, FinanceReader reader, CancellationToken ct)
    {
        if (from is { } f && to is { } t && t < f)
            return Problem.Validation(FieldError.Invalid("to", Message.Fr("La date de fin précède la date de début.").En("The end date is before the start date.")));
        return await reader.CommissionsAsync(eventId, from, to, providerId, ct) is { } list ? TypedResults.Ok(list) : Problem.NotFound();
    }
}
