using System.Globalization;
using Congress.Platform.Problems;

namespace Congress.Catalog;

public sealed record TextInput(string? Fr, string? En)
{
    /// <summary>Both languages within <paramref name="maxLength"/>, named "label.fr", "label.en".</summary>
    public static IEnumerable<FieldError> Check(string field, TextInput? text, int maxLength) =>
        text is null ? []
            : Platform.Problems.Check.Text(field + ".fr", text.Fr, maxLength, required: false)
                .Concat(Platform.Problems.Check.Text(field + ".en", text.En, maxLength, required: false));

    public LocalizedText ToText() => new(Fr?.Trim() ?? "", En?.Trim() ?? Fr?.Trim() ?? "");

    /// <summary>An optional text: empty in both languages when left out.</summary>
    public static LocalizedText ToText(TextInput? text) => text?.ToText() ?? new LocalizedText("", "");
}

public sealed record StepInput(string? Id, string? Kind, TextInput? Title, TextInput? Intro, string? Choice)
{
    public StepSettings ToCommand() => new(Validated.Present(Id), Validated.Present(Kind), Validated.Present(Title).ToText(),
        TextInput.ToText(Intro), Choice ?? ChoiceRules.None);
}

/// <summary>A checked step of the form.</summary>
public sealed record StepSettings(string Id, string Kind, LocalizedText Title, LocalizedText Intro, string Choice);

public sealed record StepsInput(StepInput[]? Steps) : IValidatable
{
    /// <summary>Steps are replaced in one batch (100 rows at most) and each one is a page of the form.</summary>
    public const int MaxSteps = 30;

    public IEnumerable<FieldError> Validate()
    {
        if (Steps is null || Steps.Length == 0) { yield return FieldError.Required("steps"); yield break; }
        if (Steps.Length > MaxSteps)
        {
            yield return FieldError.Invalid("steps", Message.Fr($"{MaxSteps} étapes au plus.").En($"At most {MaxSteps} steps."));
            yield break;
        }
        for (var i = 0; i < Steps.Length; i++)
        {
            var s = Steps[i];
            if (s?.Id is null || !Ids.Valid(s.Id)) yield return Ids.Error($"steps[{i}].id");
            if (s?.Kind is null || !(StepKinds.Product.Contains(s.Kind) || s.Kind == StepKinds.Participants))
                yield return FieldError.Invalid($"steps[{i}].kind", Message.Fr("Type d'étape inconnu.").En("Unknown step kind."));
            if (string.IsNullOrWhiteSpace(s?.Title?.Fr)) yield return FieldError.Required($"steps[{i}].title.fr");
            foreach (var e in TextInput.Check($"steps[{i}].title", s?.Title, 200)) yield return e;
            foreach (var e in TextInput.Check($"steps[{i}].intro", s?.Intro, 4000)) yield return e;
            if (s?.Choice is { } c && !ChoiceRules.All.Contains(c))
                yield return FieldError.Invalid($"steps[{i}].choice", Message.Fr("Règle de choix inconnue.").En("Unknown choice rule."));
        }
        if (Steps.Select(s => s?.Id).Distinct().Count() != Steps.Length)
            yield return FieldError.Invalid("steps", Message.Fr("Deux étapes ont le même identifiant.").En("Two steps share an id."));
    }

    public IReadOnlyList<StepSettings> ToCommand() => Validated.All(Steps).Select(s => s.ToCommand()).ToList();
}

public sealed record ProductInput(
    string? StepId, TextInput? Label, TextInput? Description, string? ProviderId, decimal? PriceIncl, decimal? VatRate,
    string? Unit, DateOnly? StartDate, DateOnly? EndDate, string? Audience, string? AccessGroup, bool Mandatory,
    string? Capacity, string? RoomType, string? Formula, int? MaxOccupancy, int SortOrder, decimal? CommissionPercent = null) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        if (StepId is null || !Ids.Valid(StepId)) yield return Ids.Error("stepId");
        if (string.IsNullOrWhiteSpace(Label?.Fr)) yield return FieldError.Required("label.fr");
        foreach (var e in TextInput.Check("label", Label, 200)) yield return e;
        foreach (var e in TextInput.Check("description", Description, 4000)) yield return e;
        // Stored even when the unit is not a room: bounded whatever the unit.
        foreach (var e in Check.Text("roomType", RoomType, 40, required: false)) yield return e;
        foreach (var e in Check.Text("formula", Formula, 40, required: false)) yield return e;
        if (SortOrder is < -100_000 or > 100_000)
            yield return FieldError.Invalid("sortOrder", Message.Fr("Entre -100 000 et 100 000.").En("Between -100,000 and 100,000."));
        if (MaxOccupancy is < 0 or > 100)
            yield return FieldError.Invalid("maxOccupancy", Message.Fr("Entre 0 et 100 personnes.").En("Between 0 and 100 persons."));
        if (PriceIncl is not { } price || price < 0 || price > 100_000 || decimal.Round(price, 2) != price)
            yield return FieldError.Invalid("priceIncl", Message.Fr("Prix TTC en euros, 2 décimales, positif.").En("Price incl. VAT in euros, 2 decimals, not negative."));
        if (VatRate is not { } vat || vat < 0 || vat > 30)
            yield return FieldError.Invalid("vatRate", Message.Fr("Taux de TVA entre 0 et 30 %.").En("VAT rate between 0 and 30 %."));
        if (Unit is null || !ProductUnits.All.Contains(Unit)) yield return FieldError.Invalid("unit", Message.Fr("Unité inconnue.").En("Unknown unit."));
        if (StartDate is null) yield return FieldError.Required("startDate");
        if (EndDate is null || EndDate < StartDate) yield return FieldError.Invalid("endDate", Message.Fr("Date de fin avant le début.").En("End date before start."));
        if (Audience is null || !Audiences.All.Contains(Audience)) yield return FieldError.Invalid("audience", Message.Fr("Public inconnu.").En("Unknown audience."));
        if (Capacity is null || !CapacityModes.All.Contains(Capacity)) yield return FieldError.Invalid("capacity", Message.Fr("Mode de stock inconnu.").En("Unknown capacity mode."));
        if (Capacity == CapacityModes.PerNight && Unit != ProductUnits.PerRoomPerNight)
            yield return FieldError.Invalid("capacity", Message.Fr("Le stock par nuit concerne les chambres.").En("Stock per night is for rooms."));
        if (Unit == ProductUnits.PerRoomPerNight)
        {
            if (RoomType is null || !RoomTypes.All.Contains(RoomType)) yield return FieldError.Invalid("roomType", Message.Fr("Type de chambre inconnu.").En("Unknown room type."));
            if (Formula is null || !RoomFormulas.All.Contains(Formula)) yield return FieldError.Invalid("formula", Message.Fr("Formule inconnue.").En("Unknown formula."));
            if (MaxOccupancy is not (>= 1 and <= 6)) yield return FieldError.Invalid("maxOccupancy", Message.Fr("Entre 1 et 6 personnes.").En("Between 1 and 6 persons."));
        }
        if (AccessGroup is { Length: > 0 } g && !Ids.Valid(g)) yield return Ids.Error("accessGroup");
        if (ProviderId is { Length: > 0 } p && !Ids.Valid(p)) yield return Ids.Error("providerId");
        if (CommissionPercent is < 0 or > 100 || (CommissionPercent is { } rate && decimal.Round(rate, 2) != rate))
            yield return FieldError.Invalid("commissionPercent", Message.Fr("Commission entre 0 et 100 %, 2 décimales.").En("Commission between 0 and 100 %, 2 decimals."));
    }

    public ProductSettings ToCommand() => new(Validated.Present(StepId), Validated.Present(Label).ToText(), TextInput.ToText(Description),
        ProviderId ?? "", Validated.Present(PriceIncl), Validated.Present(VatRate), Validated.Present(Unit), Validated.Present(StartDate),
        Validated.Present(EndDate), Validated.Present(Audience), AccessGroup ?? "", Mandatory, Validated.Present(Capacity), RoomType, Formula,
        MaxOccupancy, SortOrder, CommissionPercent);
}

/// <summary>
/// A checked product. <see cref="RoomType"/>, <see cref="Formula"/> and <see cref="MaxOccupancy"/>
/// are a room's (checked present for a room), <see cref="CommissionPercent"/> falls back to the provider's.
/// <see cref="NightPrices"/>: a room's own price per night (an accepted room block; empty: one price);
/// null (staff's product form) keeps the stored ones unless the price changes, since one price set by
/// staff then applies to every night.
/// </summary>
public sealed record ProductSettings(string StepId, LocalizedText Label, LocalizedText Description, string ProviderId, decimal PriceIncl,
    decimal VatRate, string Unit, DateOnly StartDate, DateOnly EndDate, string Audience, string AccessGroup, bool Mandatory,
    string Capacity, string? RoomType, string? Formula, int? MaxOccupancy, int SortOrder, decimal? CommissionPercent,
    IReadOnlyDictionary<DateOnly, decimal>? NightPrices = null)
{
    /// <summary>Copies what staff set onto the stored product; its photos are managed apart.</summary>
    public void ApplyTo(ProductEntity e)
    {
        e.StepId = StepId; e.LabelFr = Label.Fr; e.LabelEn = Label.En;
        e.DescriptionFr = Description.Fr; e.DescriptionEn = Description.En;
        var cents = (long)(PriceIncl * 100);
        if (NightPrices is not null) e.NightPricesJson = NightPriceList.Write(NightPrices);
        else if (e.PriceInclCents != cents || Unit != ProductUnits.PerRoomPerNight) e.NightPricesJson = null;
        e.ProviderId = ProviderId; e.PriceInclCents = cents;
        e.VatRate = VatRate.ToString(CultureInfo.InvariantCulture); e.Unit = Unit;
        e.StartDate = StartDate.ToString("yyyy-MM-dd"); e.EndDate = EndDate.ToString("yyyy-MM-dd");
        e.Audience = Audience; e.AccessGroup = AccessGroup; e.Mandatory = Mandatory; e.Capacity = Capacity;
        e.RoomType = RoomType; e.Formula = Formula; e.MaxOccupancy = MaxOccupancy; e.SortOrder = SortOrder;
        e.CommissionPercent = CommissionPercent?.ToString(CultureInfo.InvariantCulture);
    }
}
