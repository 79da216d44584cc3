using Congress.Catalog;
using Congress.Platform.Problems;
using Congress.Platform.Text;

namespace Congress.Registrations;

/// <summary>Checks and prices one basket line.</summary>
internal sealed class LineCheck
{
    public List<FieldError> Errors { get; } = [];
    public List<StockNeed> Needs { get; } = [];
    public PricedLine? Priced { get; }

    public LineCheck(EventForm form, IReadOnlyDictionary<string, Person> persons, LineInput input, int index, string? group)
    {
        var field = $"lines[{index}]";
        var product = form.FindProduct(input.ProductId ?? "");
        if (product is null || !form.IsVisible(product, group))
        {
            Errors.Add(FieldError.Invalid($"{field}.productId", Message.Fr("Prestation inconnue pour cet événement.")
                .En("Unknown product for this event.")));
            return;
        }
        var people = CheckPersons(product, persons, input, field);
        if (Errors.Count > 0) return;

        var (start, end, quantity, nights) = product.Unit switch
        {
            ProductUnits.PerRoomPerNight => Room(product, input, field, people.Count),
            ProductUnits.PerUnit => Units(product, input, field),
            _ => (product.Start, product.End, people.Count, (int?)null),
        };
        if (Errors.Count > 0) return;
        var units = quantity * (nights ?? 1);
        // A room whose nights differ in price (a hotel's room block) costs each night's own price;
        // its unit price is then the average night, and the total is exact.
        var total = nights is { } n ? quantity * product.PriceOfNights(start, n) : product.PriceIncl * units;
        var unitPrice = product.NightPrices is null ? product.PriceIncl : Math.Round(total / units, 2);
        Priced = new PricedLine(index, product.Id, product.StepId, product.Label, start, end, quantity, nights,
            unitPrice, total, Money.Excluding(total, product.VatRate), product.VatRate, product.ProviderId,
            people.Select(p => p.Id).ToList(), people.Select(p => p.FullName).ToList(),
            Commissions.RateOf(product, form.Providers.GetValueOrDefault(product.ProviderId)));
        if (product.Capacity == CapacityModes.PerNight)
            for (var night = start; night < end; night = night.AddDays(1))
                Needs.Add(new StockNeed(product.Id, night.ToString("yyyy-MM-dd"), quantity));
        else if (product.Capacity == CapacityModes.Total)
            Needs.Add(new StockNeed(product.Id, StockKeys.Total, units));
    }

    private List<Person> CheckPersons(Product product, IReadOnlyDictionary<string, Person> persons, LineInput input, string field)
    {
        var result = new List<Person>();
        if (product.Unit == ProductUnits.PerUnit) return result;
        var ids = input.Persons ?? [];
        if (ids.Length == 0)
        {
            Errors.Add(FieldError.Invalid($"{field}.persons", Message.Fr("Choisissez au moins une personne.").En("Choose at least one person.")));
            return result;
        }
        if (ids.Distinct().Count() != ids.Length)
            Errors.Add(FieldError.Invalid($"{field}.persons", Message.Fr("Une personne est citée deux fois.").En("A person is listed twice.")));
        foreach (var id in ids)
        {
            if (!persons.TryGetValue(id, out var person))
            {
                Errors.Add(FieldError.Invalid($"{field}.persons", Message.Fr($"Personne inconnue : {id}.").En($"Unknown person: {id}.")));
                continue;
            }
            if (!Audiences.Allows(product.Audience, person.IsCompanion))
                Errors.Add(person.IsCompanion
                    ? FieldError.Invalid($"{field}.persons", Message.Fr($"« {product.Label.Fr} » n'est pas ouvert aux accompagnants ({person.FullName}).")
                        .En($"“{product.Label.En}” is not open to companions ({person.FullName})."))
                    : FieldError.Invalid($"{field}.persons", Message.Fr($"« {product.Label.Fr} » est réservé aux accompagnants ({person.FullName}).")
                        .En($"“{product.Label.En}” is for companions only ({person.FullName}).")));
            result.Add(person);
        }
        return result;
    }

    private (DateOnly, DateOnly, int, int?) Room(Product product, LineInput input, string field, int occupants)
    {
        if (input.Arrival is not { } arrival)
        {
            Errors.Add(FieldError.Required($"{field}.arrival"));
            return default;
        }
        // Far-off dates are refused before any date arithmetic can overflow.
        if (arrival < product.Start.AddDays(-Pricing.MaxNights) || arrival > product.End.AddDays(Pricing.MaxNights))
        {
            Errors.Add(FieldError.Invalid($"{field}.arrival",
                Message.Fr($"Nuits proposées du {product.Start:dd/MM/yyyy} au {product.End:dd/MM/yyyy} seulement.")
                .En($"Nights offered from {product.Start:yyyy-MM-dd} to {product.End:yyyy-MM-dd} only.")));
            return default;
        }
        var nights = input.Nights ?? 0;
        if (nights < 1 || nights > Pricing.MaxNights)
            Errors.Add(FieldError.Invalid($"{field}.nights", Message.Fr($"Entre 1 et {Pricing.MaxNights} nuits.").En($"Between 1 and {Pricing.MaxNights} nights.")));
        else if (arrival < product.Start || arrival.AddDays(nights - 1) > product.End)
            Errors.Add(FieldError.Invalid($"{field}.arrival",
                Message.Fr($"Nuits proposées du {product.Start:dd/MM/yyyy} au {product.End:dd/MM/yyyy} seulement.")
                .En($"Nights offered from {product.Start:yyyy-MM-dd} to {product.End:yyyy-MM-dd} only.")));
        if (product.MaxOccupancy is { } max && occupants > max)
            Errors.Add(FieldError.Invalid($"{field}.persons", Message.Fr($"{Plural.Fr(max, "personne", "personnes")} au plus dans cette chambre.")
                .En($"At most {Plural.En(max, "person", "people")} in this room.")));
        return (arrival, arrival.AddDays(nights), 1, nights);
    }

    private (DateOnly, DateOnly, int, int?) Units(Product product, LineInput input, string field)
    {
        var quantity = input.Quantity ?? 0;
        if (quantity < 1 || quantity > Pricing.MaxUnits)
            Errors.Add(FieldError.Invalid($"{field}.quantity", Message.Fr($"Entre 1 et {Pricing.MaxUnits}.").En($"Between 1 and {Pricing.MaxUnits}.")));
        return (product.Start, product.End, quantity, null);
    }
}
