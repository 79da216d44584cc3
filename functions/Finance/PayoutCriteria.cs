using Congress.Catalog;
using Congress.Platform.Problems;
using Congress.Registrations;

namespace Congress.Finance;

/// <summary>Which date of a registration a payout selection reads.</summary>
public static class DateCriteria
{
    public const string StayStart = "stayStart";
    public const string StayEnd = "stayEnd";
    public const string Created = "created";
    public const string Confirmed = "confirmed";
    public static readonly string[] All = [StayStart, StayEnd, Created, Confirmed];
}

/// <summary>
/// What the organiser collected before paying providers: the deposit (a provider gets its share of
/// what was received) or the balance (only fully paid registrations, in full).
/// </summary>
public static class PayoutModes
{
    public const string Deposit = "deposit";
    public const string Balance = "balance";
    public static readonly string[] All = [Deposit, Balance];
}

/// <summary>
/// The seed's "sélection des dossiers": registrations of accommodation only ("secs"), registrations
/// that also bought other services (packages and cross-selling), or all.
/// </summary>
public static class RegistrationKinds
{
    public const string All = "all";
    public const string RoomOnly = "roomOnly";
    public const string WithServices = "withServices";
    public static readonly string[] Known = [All, RoomOnly, WithServices];
}

/// <summary>The seed's "reversement" selection: a date criterion and range, providers (some, or all of a kind), a mode.</summary>
public sealed record PayoutCriteria(string? DateCriterion, DateOnly? From, DateOnly? To, string? EventId, string[]? ProviderIds,
    string? ProviderKind, string? Mode, string? RegistrationKind = null) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        if (DateCriterion is null || !DateCriteria.All.Contains(DateCriterion))
            yield return FieldError.Invalid("dateCriterion", Message.Fr("Critère de date : début ou fin de séjour, création ou confirmation du dossier.")
                .En("Date criterion: stay start or end, registration created or confirmed."));
        if (From is null) yield return FieldError.Required("from");
        if (To is null) yield return FieldError.Required("to");
        else if (From is { } from && To < from)
            yield return FieldError.Invalid("to", Message.Fr("La date de fin précède la date de début.").En("The end date is before the start date."));
        if (EventId is { Length: > 0 } eventId && !Ids.Valid(eventId)) yield return Ids.Error("eventId");
        if (ProviderIds?.FirstOrDefault(p => !Ids.Valid(p)) is not null) yield return Ids.Error("providerIds");
        if (ProviderKind is { Length: > 0 } kind && !ProviderKinds.All.Contains(kind))
            yield return FieldError.Invalid("providerKind", Message.Fr("Type de prestataire inconnu.").En("Unknown provider kind."));
        if (RegistrationKind is { Length: > 0 } registrationKind && !RegistrationKinds.Known.Contains(registrationKind))
            yield return FieldError.Invalid("registrationKind", Message.Fr("Dossiers : hébergement seul, avec prestations, ou tous.")
                .En("Registrations: accommodation only, with services, or all."));
        if (Mode is null || !PayoutModes.All.Contains(Mode))
            yield return FieldError.Invalid("mode", Message.Fr("Mode : encaissement de l'acompte ou du solde.").En("Mode: deposit or balance collected."));
    }

    public bool Includes(ProviderEntity provider) =>
        (ProviderIds is not { Length: > 0 } ids || ids.Contains(provider.RowKey, StringComparer.Ordinal))
        && (string.IsNullOrEmpty(ProviderKind) || provider.Kind == ProviderKind);

    /// <summary>Whether the registration is of the kind asked: rooms only, or rooms with (or without) other services.</summary>
    public bool Includes(RegistrationDigest registration)
    {
        if (RegistrationKind is null or "" or RegistrationKinds.All) return true;
        var roomOnly = registration.Lines() is { Count: > 0 } lines && lines.All(l => l.Arrival is not null);
        return roomOnly == (RegistrationKind == RegistrationKinds.RoomOnly);
    }

    /// <summary>
    /// What a share may be paid in total, given what batches already hold of it: what this mode allows
    /// (nothing until the money is in), never less than what was already paid out in another mode —
    /// only a lower owed amount (cancellation, a cheaper basket) takes money back.
    /// </summary>
    public long TargetCents(ProviderShare share, long alreadyClaimed) =>
        Target(ProviderShare.IsSale(share.Status), share.OwedCents, ModeTargetCents(share), alreadyClaimed);

    /// <summary>The rule of <see cref="TargetCents"/>, also applied by the ledger against the claims it finds when it writes.</summary>
    public static long Target(bool sale, long owedCents, long modeTargetCents, long alreadyClaimed) =>
        sale ? Math.Min(owedCents, Math.Max(modeTargetCents, alreadyClaimed)) : 0;

    /// <summary>What the mode alone allows: nothing until the money is in.</summary>
    public long ModeTargetCents(ProviderShare share)
    {
        if (Mode == PayoutModes.Balance)
            return share.RegistrationPaidCents >= share.RegistrationTotalCents ? share.OwedCents : 0;
        var collected = share.RegistrationDepositCents > 0
            ? share.RegistrationPaidCents >= share.RegistrationDepositCents
            : share.RegistrationPaidCents > 0;
        if (!collected) return 0;
        if (share.RegistrationTotalCents <= 0 || share.RegistrationPaidCents >= share.RegistrationTotalCents) return share.OwedCents;
        return share.OwedCents * share.RegistrationPaidCents / share.RegistrationTotalCents;
    }
}
