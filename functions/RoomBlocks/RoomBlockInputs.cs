using Congress.Platform.Problems;

namespace Congress.RoomBlocks;

public sealed record RoomTypeAskInput(string? Type, bool AskAvailability);

/// <summary>What staff fill in to create a room block request.</summary>
public sealed record CreateRoomBlockInput(DateOnly? FirstNight, DateOnly? LastNight, RoomTypeAskInput[]? RoomTypes,
    DateOnly? AnswerBy, DateOnly? ReleaseOn, string[]? ProviderIds, string? Remarks) : IValidatable
{
    public const int MaxNights = 31;
    public const int MaxProviders = 200;

    public IEnumerable<FieldError> Validate()
    {
        if (FirstNight is null) yield return FieldError.Required("firstNight");
        if (LastNight is null) yield return FieldError.Required("lastNight");
        if (FirstNight is { } first && LastNight is { } last
            && (last < first || last.DayNumber - first.DayNumber >= MaxNights))
            yield return FieldError.Invalid("lastNight", Message.Fr($"Dernière nuit après la première, {MaxNights} nuits au plus.")
                .En($"Last night after the first one, at most {MaxNights} nights."));
        if (RoomTypes is not { Length: > 0 })
            yield return FieldError.Invalid("roomTypes", Message.Fr("Choisissez au moins un type de chambre.").En("Choose at least one room type."));
        else
        {
            for (var i = 0; i < RoomTypes.Length; i++)
                if (RoomTypes[i]?.Type is not { } type || !Catalog.RoomTypes.All.Contains(type))
                    yield return FieldError.Invalid($"roomTypes[{i}].type", Message.Fr($"Types possibles : {string.Join(", ", Catalog.RoomTypes.All)}.")
                        .En($"Possible types: {string.Join(", ", Catalog.RoomTypes.All)}."));
            if (RoomTypes.Where(t => t?.Type is not null).GroupBy(t => t.Type).Any(g => g.Count() > 1))
                yield return FieldError.Invalid("roomTypes", Message.Fr("Un type de chambre est demandé deux fois.").En("A room type is asked twice."));
        }
        if (AnswerBy is null) yield return FieldError.Required("answerBy");
        if (ReleaseOn is null) yield return FieldError.Required("releaseOn");
        if (AnswerBy is { } answer && ReleaseOn is { } release && release < answer)
            yield return FieldError.Invalid("releaseOn", Message.Fr("La date de rétrocession suit la date de réponse.").En("The release date comes after the answer date."));
        if (ReleaseOn is { } r && LastNight is { } l && r > l)
            yield return FieldError.Invalid("releaseOn", Message.Fr("La rétrocession a lieu avant la dernière nuit.").En("The release comes before the last night."));
        if (ProviderIds is not { Length: > 0 })
            yield return FieldError.Invalid("providerIds", Message.Fr("Choisissez au moins un prestataire.").En("Choose at least one provider."));
        else if (ProviderIds.Length > MaxProviders)
            yield return FieldError.Invalid("providerIds", Message.Fr($"{MaxProviders} prestataires au plus.").En($"At most {MaxProviders} providers."));
        else if (ProviderIds.Any(p => p is null || !Ids.Valid(p)))
            yield return Ids.Error("providerIds");
        foreach (var e in Check.Text("remarks", Remarks, 2000, required: false)) yield return e;
    }

    public RoomBlockAsk ToCommand() => new(Validated.Present(FirstNight), Validated.Present(LastNight),
        Validated.All(RoomTypes).Select(t => new RoomTypeAsk(Validated.Present(t.Type), t.AskAvailability)).ToList(),
        Validated.Present(AnswerBy), Validated.Present(ReleaseOn), Validated.All(ProviderIds).Select(p => p.Trim()).ToList(),
        Remarks?.Trim() ?? "");
}

/// <summary>
/// A checked room block request. <see cref="ProviderIds"/> are in the order staff listed them (an
/// unknown one is named by its index); the stored request keeps each once.
/// </summary>
public sealed record RoomBlockAsk(DateOnly FirstNight, DateOnly LastNight, IReadOnlyList<RoomTypeAsk> RoomTypes, DateOnly AnswerBy,
    DateOnly ReleaseOn, IReadOnlyList<string> ProviderIds, string Remarks);
