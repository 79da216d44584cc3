using System.Globalization;
using Congress.Events;
using Congress.Platform.Auth;
using Congress.Platform.Problems;
using Congress.RoomBlocks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.ProviderSpace;

public sealed record RoomOfferInput(string? Type, DateOnly? Night, int? Rooms, decimal? Price);

/// <summary>A provider's answer: rooms and price per room type and night, remarks, and whether it is sent or kept as a draft.</summary>
public sealed record AnswerInput(RoomOfferInput[]? Offers, string? Remarks, bool Submit) : IValidatable
{
    public const int MaxRooms = 10_000;

    public IEnumerable<FieldError> Validate()
    {
        var offers = Offers ?? [];
        if (offers.Length > 31 * 6) yield return FieldError.Invalid("offers", Message.Fr("Trop de lignes.").En("Too many lines."));
        for (var i = 0; i < offers.Length; i++)
        {
            var o = offers[i];
            if (o is null) { yield return FieldError.Required($"offers[{i}]"); continue; }
            if (o.Type is null) yield return FieldError.Required($"offers[{i}].type");
            else if (o.Type.Length > 40) yield return FieldError.TooLong($"offers[{i}].type", 40);
            if (o.Night is null) yield return FieldError.Required($"offers[{i}].night");
            if (o.Rooms is not (>= 0 and <= MaxRooms))
                yield return FieldError.Invalid($"offers[{i}].rooms", Message.Fr($"Nombre de chambres entre 0 et {MaxRooms}.").En($"Number of rooms between 0 and {MaxRooms}."));
            if (o.Price is not { } price || price < 0 || price > 100_000 || decimal.Round(price, 2) != price)
                yield return FieldError.Invalid($"offers[{i}].price", Message.Fr("Prix en euros, positif, 2 décimales.").En("Price in euros, not negative, 2 decimals."));
        }
        foreach (var e in Check.Text("remarks", Remarks, 2000, required: false)) yield return e;
    }

    public ProviderAnswer ToCommand() => new(Validated.All(Offers ?? []).Select(o => new RoomOffer(Validated.Present(o.Type),
        Validated.Present(o.Night), Validated.Present(o.Rooms), Validated.Present(o.Price))).ToList(), Remarks?.Trim() ?? "", Submit);
}

/// <summary>A checked answer: offers in the order the provider listed them (a wrong one is named by its index).</summary>
public sealed record ProviderAnswer(IReadOnlyList<RoomOffer> Offers, string Remarks, bool Submit);

public sealed record ProviderRequestView(string Number, string EventId, string EventTitle, DateOnly FirstNight, DateOnly LastNight,
    IReadOnlyList<RoomTypeAsk> RoomTypes, DateOnly AnswerBy, DateOnly ReleaseOn, string Status, string Remarks, bool Open,
    string? AnswerStatus, IReadOnlyList<RoomOffer> Offers, string AnswerRemarks, DateTimeOffset? SubmittedAt);

/// <summary>
/// Room block requests as the provider sees them in its space (a session from a magic link): only
/// the requests it was asked, read and answered until the answer date. Another provider's request
/// is as unknown as a missing one (404).
/// </summary>
public static class ProviderAnswersApi
{
    public static void MapProviderAnswersApi(this IEndpointRouteBuilder app)
    {
        var space = app.MapGroup("/api/provider/room-blocks").WithTags("Provider space")
            .RequireAuthorization(Policies.Provider);
        space.MapGet("/", ListAsync);
        space.MapGet("/{number}", GetAsync);
        space.MapPut("/{number}/answer", AnswerAsync);
    }

    private static async Task<Ok<List<ProviderRequestView>>> ListAsync(System.Security.Claims.ClaimsPrincipal user, RoomBlockStore store,
        EventStore events, TimeProvider time, CancellationToken ct)
    {
        var providerId = ProviderSession.ProviderId(user);
        var views = new List<ProviderRequestView>();
        foreach (var request in await store.ForProviderAsync(providerId, ct))
            if (await events.FindAsync(request.PartitionKey, ct) is { } ev)
                views.Add(await ViewAsync(request, ev, providerId, store, time, ct));
        return TypedResults.Ok(views);
    }

    private static async Task<Results<Ok<ProviderRequestView>, NotFoundProblem>> GetAsync(string number,
        System.Security.Claims.ClaimsPrincipal user, RoomBlockStore store, EventStore events, TimeProvider time, CancellationToken ct)
    {
        var providerId = ProviderSession.ProviderId(user);
        if (await AskedAsync(number, providerId, store, events, ct) is not var (request, ev)) return Problem.NotFound();
        return TypedResults.Ok(await ViewAsync(request, ev, providerId, store, time, ct));
    }

    private static async Task<Results<Ok<ProviderRequestView>, BadRequestProblem, NotFoundProblem, ConflictProblem>> AnswerAsync(string number, AnswerInput input,
        System.Security.Claims.ClaimsPrincipal user, RoomBlockStore store, EventStore events, TimeProvider time, CancellationToken ct)
    {
        var providerId = ProviderSession.ProviderId(user);
        if (await AskedAsync(number, providerId, store, events, ct) is not var (request, ev)) return Problem.NotFound();
        if (!IsOpen(request, ev, time))
            return Problem.Conflict("answer-closed", Message.Fr("Les réponses sont closes pour cette demande.").En("Answers are closed for this request."),
                Message.Fr($"La date de réponse était le {DateOnly.Parse(request.AnswerBy, CultureInfo.InvariantCulture):dd/MM/yyyy}.").En($"The answer date was {request.AnswerBy}."));
        var types = request.RoomTypeList().Select(t => t.Type).ToHashSet();
        var nights = request.Nights().ToHashSet();
        var answer = input.ToCommand();
        var offers = answer.Offers;
        var errors = new List<FieldError>();
        for (var i = 0; i < offers.Count; i++)
        {
            if (!types.Contains(offers[i].Type))
                errors.Add(FieldError.Invalid($"offers[{i}].type", Message.Fr("Type de chambre non demandé.").En("Room type not asked.")));
            if (!nights.Contains(offers[i].Night))
                errors.Add(FieldError.Invalid($"offers[{i}].night", Message.Fr("Nuit hors de la demande.").En("Night outside the request.")));
        }
        if (offers.GroupBy(o => (o.Type, o.Night)).Any(g => g.Count() > 1))
            errors.Add(FieldError.Invalid("offers", Message.Fr("Une nuit et un type de chambre figurent deux fois.").En("A night and room type appear twice.")));
        if (errors.Count > 0) return Problem.Validation(errors);
        await store.SaveAnswerAsync(number, providerId, offers, answer.Remarks, answer.Submit, ct);
        return TypedResults.Ok(await ViewAsync(request, ev, providerId, store, time, ct));
    }

    private static async Task<(RoomBlockRequestRow, EventEntity)?> AskedAsync(string number, string providerId, RoomBlockStore store,
        EventStore events, CancellationToken ct) =>
        await store.FindByNumberAsync(number, ct) is { } request && request.ProviderList().Contains(providerId)
            && await events.FindAsync(request.PartitionKey, ct) is { } ev
            ? (request, ev)
            : null;

    private static bool IsOpen(RoomBlockRequestRow request, EventEntity ev, TimeProvider time) =>
        request.Status == RoomBlockStatus.Open && ev.DayOf(time.GetUtcNow()) <= DateOnly.Parse(request.AnswerBy, CultureInfo.InvariantCulture);

    private static async Task<ProviderRequestView> ViewAsync(RoomBlockRequestRow r, EventEntity ev, string providerId, RoomBlockStore store,
        TimeProvider time, CancellationToken ct)
    {
        var answer = (await store.AnswersAsync(r.Number, ct)).FirstOrDefault(a => a.ProviderId == providerId);
        return new ProviderRequestView(r.Number, ev.RowKey, ev.Title, DateOnly.Parse(r.FirstNight, CultureInfo.InvariantCulture),
            DateOnly.Parse(r.LastNight, CultureInfo.InvariantCulture), r.RoomTypeList(), DateOnly.Parse(r.AnswerBy, CultureInfo.InvariantCulture),
            DateOnly.Parse(r.ReleaseOn, CultureInfo.InvariantCulture), r.Status, r.Remarks, IsOpen(r, ev, time), answer?.Status,
            answer?.Offers() ?? [], answer?.Remarks ?? "", answer?.SubmittedAt);
    }
}
