using System.Globalization;
using Congress.Platform.Problems;

namespace Congress.Catalog;

public sealed record ProviderInput(
    string? Name, string? Kind, int Stars, string[]? Amenities, string? Address, string? PostalCode, string? City,
    double? Latitude, double? Longitude, TextInput? Description, string? CheckIn, string? CheckOut, string? Email,
    decimal? CommissionPercent) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        foreach (var e in Check.Text("name", Name, 120)) yield return e;
        foreach (var e in Check.Text("address", Address, 200, required: false)) yield return e;
        foreach (var e in Check.Text("postalCode", PostalCode, 20, required: false)) yield return e;
        foreach (var e in Check.Text("city", City, 80, required: false)) yield return e;
        foreach (var e in TextInput.Check("description", Description, 4000)) yield return e;
        foreach (var e in Check.Text("checkIn", CheckIn, 10, required: false)) yield return e;
        foreach (var e in Check.Text("checkOut", CheckOut, 10, required: false)) yield return e;
        if (Amenities is { Length: > 50 }) yield return FieldError.Invalid("amenities", Message.Fr("50 équipements au plus.").En("At most 50 amenities."));
        if (Kind is null || !ProviderKinds.All.Contains(Kind)) yield return FieldError.Invalid("kind", Message.Fr("Type de prestataire inconnu.").En("Unknown provider kind."));
        if (Stars is < 0 or > 5) yield return FieldError.Invalid("stars", Message.Fr("De 0 à 5 étoiles.").En("From 0 to 5 stars."));
        if (Amenities?.FirstOrDefault(a => !Catalog.Amenities.All.Contains(a)) is { } unknown)
            yield return FieldError.Invalid("amenities", Message.Fr($"Équipement inconnu : {unknown}.").En($"Unknown amenity: {unknown}."));
        if (Latitude is < -90 or > 90) yield return FieldError.Invalid("latitude", Message.Fr("Latitude entre -90 et 90.").En("Latitude between -90 and 90."));
        if (Longitude is < -180 or > 180) yield return FieldError.Invalid("longitude", Message.Fr("Longitude entre -180 et 180.").En("Longitude between -180 and 180."));
        if (!string.IsNullOrWhiteSpace(Email)) foreach (var e in Check.Email("email", Email)) yield return e;
        if (CommissionPercent is < 0 or > 100) yield return FieldError.Invalid("commissionPercent", Message.Fr("Entre 0 et 100 %.").En("Between 0 and 100 %."));
    }

    public ProviderSettings ToCommand() => new(Validated.Present(Name).Trim(), Validated.Present(Kind), Stars, Amenities ?? [],
        Address ?? "", PostalCode ?? "", City ?? "", Latitude, Longitude, TextInput.ToText(Description), CheckIn ?? "", CheckOut ?? "",
        Email?.Trim() ?? "", CommissionPercent ?? 0);
}

/// <summary>A checked provider: what staff set of it (an optional text left out is empty).</summary>
public sealed record ProviderSettings(string Name, string Kind, int Stars, IReadOnlyList<string> Amenities, string Address,
    string PostalCode, string City, double? Latitude, double? Longitude, LocalizedText Description, string CheckIn, string CheckOut,
    string Email, decimal CommissionPercent)
{
    /// <summary>Copies what staff set onto the stored provider; its photos are managed apart.</summary>
    public void ApplyTo(ProviderEntity e)
    {
        e.Name = Name; e.Kind = Kind; e.Stars = Stars; e.Amenities = string.Join(',', Amenities);
        e.Address = Address; e.PostalCode = PostalCode; e.City = City; e.Latitude = Latitude; e.Longitude = Longitude;
        e.DescriptionFr = Description.Fr; e.DescriptionEn = Description.En;
        e.CheckIn = CheckIn; e.CheckOut = CheckOut; e.Email = Email;
        e.CommissionPercent = CommissionPercent.ToString(CultureInfo.InvariantCulture);
    }
}

public sealed record AccessGroupInput(string? Group, TextInput? Label) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        if (Group is null || !Ids.Valid(Group)) yield return Ids.Error("group");
        if (string.IsNullOrWhiteSpace(Label?.Fr)) yield return FieldError.Required("label.fr");
        foreach (var e in TextInput.Check("label", Label, 200)) yield return e;
    }

    public AccessGroupSettings ToCommand() => new(Validated.Present(Group), Validated.Present(Label).ToText());
}

/// <summary>A checked access group: the group a code opens and its label.</summary>
public sealed record AccessGroupSettings(string Group, LocalizedText Label);

/// <summary>Capacity per slot: nights ("2027-03-24") for rooms, "total" for the rest.</summary>
public sealed record StockInput(Dictionary<string, int>? Slots) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        if (Slots is null || Slots.Count == 0) { yield return FieldError.Required("slots"); yield break; }
        if (Slots.Count > 400) { yield return FieldError.Invalid("slots", Message.Fr("400 nuits au plus.").En("At most 400 nights.")); yield break; }
        foreach (var (slot, capacity) in Slots)
        {
            if (slot != StockKeys.Total && !DateOnly.TryParseExact(slot, "yyyy-MM-dd", out _))
                yield return FieldError.Invalid($"slots.{slot}", Message.Fr("Une nuit (AAAA-MM-JJ) ou « total ».").En("A night (YYYY-MM-DD) or \"total\"."));
            if (capacity is < 0 or > 100_000)
                yield return FieldError.Invalid($"slots.{slot}", Message.Fr("Stock entre 0 et 100 000.").En("Stock between 0 and 100,000."));
        }
    }

    public StockCapacities ToCommand() => new(Validated.Present(Slots));
}

/// <summary>Checked capacities, by slot (a night or "total").</summary>
public sealed record StockCapacities(IReadOnlyDictionary<string, int> Slots);
