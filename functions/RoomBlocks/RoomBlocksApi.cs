using System.Security.Claims;
using Congress.Catalog;
using Congress.Events;
using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;
using Congress.Registrations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.RoomBlocks;

/// <summary>
/// A request for staff. <see cref="Remarks"/> are staff's own, sent with the request;
/// <see cref="ProviderRemarks"/> are what each provider wrote with its submitted answer (provider id → text; none when empty).
/// </summary>
public sealed record RoomBlockView(string Number, string EventId, DateOnly FirstNight, DateOnly LastNight, IReadOnlyList<RoomTypeAsk> RoomTypes,
    IReadOnlyList<string> ProviderIds, DateOnly AnswerBy, DateOnly ReleaseOn, string Status, string Remarks, DateTimeOffset CreatedAt,
    string CreatedBy, int Answers, DateTimeOffset? ReleasedAt, IReadOnlyDictionary<string, List<ReleasedNight>>? Released,
    IReadOnlyDictionary<string, string> ProviderRemarks)
{
    public static RoomBlockView From(RoomBlockRequestRow r, IReadOnlyList<RoomBlockAnswerRow> answers)
    {
        var submitted = answers.Where(a => a.Status == AnswerStatus.Submitted).ToList();
        return new(r.Number, r.PartitionKey, DateOnly.Parse(r.FirstNight),
            DateOnly.Parse(r.LastNight), r.RoomTypeList(), r.ProviderList(), DateOnly.Parse(r.AnswerBy), DateOnly.Parse(r.ReleaseOn), r.Status,
            r.Remarks, r.CreatedAt, r.CreatedBy, submitted.Count, r.ReleasedAt,
            r.ReleaseJson is null ? null : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, List<ReleasedNight>>>(r.ReleaseJson,
                Platform.Triggers.JsonDefaults.Options),
            submitted.Where(a => a.Remarks.Length > 0).ToDictionary(a => a.ProviderId, a => a.Remarks));
    }
}

/// <summary>Room block requests for staff (Operations): create, list, read, and the summary as JSON or XLSX.</summary>
public static class RoomBlocksApi
{
    public static void MapRoomBlocksApi(this IEndpointRouteBuilder app)
    {
        var blocks = app.MapGroup("/api/admin/events/{eventId}/room-blocks").WithTags("Room blocks")
            .RequireAuthorization(Policies.Operations);
        blocks.MapPost("/", CreateAsync);
        blocks.MapGet("/", ListAsync);
        blocks.MapGet("/{number}", async (string eventId, string number, RoomBlockStore store, CancellationToken ct) =>
            Answers.OkOrNotFound(await store.FindAsync(eventId, number, ct) is { } request
                ? RoomBlockView.From(request, await store.AnswersAsync(number, ct))
                : null));
        blocks.MapPost("/{number}/answers/{providerId}/accept", AcceptAsync);
        blocks.MapGet("/{number}/summary", async (string eventId, string number, RoomBlockStore store, CancellationToken ct) =>
            Answers.OkOrNotFound(await SummaryAsync(eventId, number, store, ct)));
        blocks.MapGet("/{number}/summary.xlsx", async (string eventId, string number, RoomBlockStore store, CancellationToken ct) =>
            Answers.FileOrNotFound(await SummaryAsync(eventId, number, store, ct), summary =>
                new XlsxFile(summary.ToXlsx(), $"synthese-allotement-{number}.xlsx")));
    }

    /// <summary>A provider's rooming list for an event, for every staff role (the provider space serves its own).</summary>
    public static void MapRoomingListApi(this IEndpointRouteBuilder app)
    {
        var lists = app.MapGroup("/api/admin/events/{eventId}/providers/{providerId}").WithTags("Room blocks")
            .RequireAuthorization(Policies.AnyStaff);
        lists.MapGet("/rooming-list.xlsx", async (string eventId, string providerId, CatalogStore catalog, RegistrationDigests digests,
            TimeProvider time, CancellationToken ct) => Answers.FileOrNotFound(await RoomingAsync(eventId, providerId, catalog, digests, time, ct),
            list => new XlsxFile(list.ToXlsx(), $"rooming-{providerId}.xlsx")));
        lists.MapGet("/rooming-list.pdf", async (string eventId, string providerId, CatalogStore catalog, RegistrationDigests digests,
            TimeProvider time, CancellationToken ct) => Answers.FileOrNotFound(await RoomingAsync(eventId, providerId, catalog, digests, time, ct),
            list => new PdfFile(list.ToPdf(), $"rooming-{providerId}.pdf")));
    }

    private static async Task<RoomingList?> RoomingAsync(string eventId, string providerId, CatalogStore catalog, RegistrationDigests digests,
        TimeProvider time, CancellationToken ct)
    {
        var form = await catalog.LoadAsync(eventId, ct);
        if (form is null || !form.Products.Any(p => p.ProviderId == providerId)) return null;
        return RoomingList.Build(form, providerId, await digests.ForEventAsync(eventId, ct), time.GetUtcNow());
    }

    private static async Task<Results<Created<RoomBlockView>, BadRequestProblem, NotFoundProblem>> CreateAsync(string eventId, CreateRoomBlockInput input,
        EventStore events, RoomBlockStore store, IProviderAnswerLinks mail, ClaimsPrincipal user, TimeProvider time,
        CancellationToken ct)
    {
        if (await events.FindAsync(eventId, ct) is not { } ev) return Problem.NotFound();
        var providers = await store.ProvidersAsync(ct);
        var ask = input.ToCommand();
        var errors = ask.ProviderIds.Select((id, i) => (id, i)).Where(p => !providers.ContainsKey(p.id))
            .Select(p => FieldError.Invalid($"providerIds[{p.i}]", Message.Fr("Prestataire inconnu.").En("Unknown provider."))).ToList();
        if (ask.AnswerBy < ev.DayOf(time.GetUtcNow()))
            errors.Add(FieldError.Invalid("answerBy", Message.Fr("La date de réponse est passée.").En("The answer date is in the past.")));
        if (errors.Count > 0) return Problem.Validation(errors);
        var request = await store.CreateAsync(eventId, ask, user.FindFirstValue(ClaimTypes.Email) ?? "staff", ct);
        // Each provider with a contact address gets its link to answer (the others are reached by staff).
        foreach (var id in request.ProviderList())
            if (providers[id] is { Email.Length: > 0 } provider)
                await mail.SendAnswerLinkAsync(provider, request.Number, ev.Title, ask.AnswerBy, ct);
        return TypedResults.Created($"/api/admin/events/{eventId}/room-blocks/{request.Number}", RoomBlockView.From(request, []));
    }

    private static async Task<Results<Ok<IReadOnlyList<AcceptedProduct>>, BadRequestProblem, NotFoundProblem, ConflictProblem>> AcceptAsync(string eventId, string number,
        string providerId, RoomBlockAcceptance acceptance, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await acceptance.AcceptAsync(eventId, number, providerId, user.FindFirstValue(ClaimTypes.Email) ?? "staff", ct);
        return result.Outcome switch
        {
            AcceptOutcome.Done => TypedResults.Ok(result.Products),
            AcceptOutcome.NotFound => Problem.NotFound(),
            AcceptOutcome.NoAnswer => Problem.Conflict("no-answer", Message.Fr("Ce prestataire n'a pas envoyé de réponse.")
                .En("This provider has not submitted an answer."), Message.Fr("Seule une réponse envoyée peut être acceptée.")
                .En("Only a submitted answer can be accepted.")),
            AcceptOutcome.NoAccommodationStep => Problem.Conflict("no-accommodation-step", Message.Fr("L'événement n'a pas d'étape d'hébergement.")
                .En("The event has no accommodation step."), Message.Fr("Ajoutez d'abord une étape d'hébergement à l'événement.")
                .En("Add an accommodation step to the event first.")),
            AcceptOutcome.Released => Problem.Conflict("released", Message.Fr("Cet allotement a été rétrocédé.").En("This room block has been released."),
                Message.Fr("Ses chambres invendues sont revenues au prestataire à la date de rétrocession : plus rien ne peut être accepté.")
                .En("Its unsold rooms went back to the provider on the release date: nothing can be accepted any more.")),
            _ => Problem.Validation(result.Errors),
        };
    }

    private static async Task<Results<Ok<List<RoomBlockView>>, NotFoundProblem>> ListAsync(string eventId, EventStore events,
        RoomBlockStore store, CancellationToken ct)
    {
        if (await events.FindAsync(eventId, ct) is null) return Problem.NotFound();
        var views = new List<RoomBlockView>();
        foreach (var request in await store.ForEventAsync(eventId, ct))
            views.Add(RoomBlockView.From(request, await store.AnswersAsync(request.Number, ct)));
        return TypedResults.Ok(views);
    }

    private static async Task<RoomBlockSummary?> SummaryAsync(string eventId, string number, RoomBlockStore store, CancellationToken ct)
    {
        if (await store.FindAsync(eventId, number, ct) is not { } request) return null;
        return RoomBlockSummary.Build(request, await store.AnswersAsync(number, ct), await store.ProvidersAsync(ct));
    }
}

public static class RoomBlocksFeature
{
    public static IServiceCollection AddRoomBlocks(this IServiceCollection services)
    {
        services.AddJsonMetadata(RoomBlocksJson.Default);
        services.AddStorageTable(RoomBlockRequestRow.Table).AddStorageTable(RoomBlockAnswerRow.Table).AddStorageTable(Sequence.Table);
        services.AddTimerJob<RoomBlockReleaseJob>(RoomBlockReleaseJob.Name, RoomBlockReleaseJob.Schedule);
        return services.AddSingleton<RoomBlockStore>().AddSingleton<RoomBlockAcceptance>();
    }
}
