using Congress.Catalog;
using Congress.Platform.Problems;

namespace Congress.Registrations;

/// <summary>Rules that look at the whole basket: mandatory products, choice rules, rooms.</summary>
internal static class Rules
{
    /// <summary>Every person eligible for a mandatory product must have it (the registration fee).</summary>
    public static IEnumerable<FieldError> Mandatory(EventForm form, IReadOnlyDictionary<string, Person> persons,
        IReadOnlyList<PricedLine> lines, string? group)
    {
        foreach (var product in form.Products.Where(p => p.Mandatory && form.IsVisible(p, group)))
        foreach (var person in persons.Values.Where(p => Audiences.Allows(product.Audience, p.IsCompanion)))
        {
            if (!lines.Any(l => l.ProductId == product.Id && l.PersonIds.Contains(person.Id)))
                yield return FieldError.Invalid("lines", Message.Fr($"« {product.Label.Fr} » est obligatoire pour {person.FullName}.")
                    .En($"“{product.Label.En}” is required for {person.FullName}."));
        }
    }

    /// <summary>"Exactly one" and "at most one" per person among a step's products.</summary>
    public static IEnumerable<FieldError> Choices(EventForm form, IReadOnlyDictionary<string, Person> persons,
        IReadOnlyList<PricedLine> lines, string? group)
    {
        foreach (var step in form.Steps.Where(s => s.Choice != ChoiceRules.None))
        {
            var offered = form.Products.Where(p => p.StepId == step.Id && form.IsVisible(p, group)).ToList();
            foreach (var person in persons.Values.Where(p => offered.Any(o => Audiences.Allows(o.Audience, p.IsCompanion))))
            {
                var chosen = lines.Count(l => l.StepId == step.Id && l.PersonIds.Contains(person.Id));
                if (step.Choice == ChoiceRules.ExactlyOne && chosen != 1)
                    yield return FieldError.Invalid($"steps.{step.Id}", Message.Fr($"{step.Title.Fr} : choisissez exactement une prestation pour {person.FullName}.")
                        .En($"{step.Title.En}: choose exactly one for {person.FullName}."));
                if (step.Choice == ChoiceRules.AtMostOne && chosen > 1)
                    yield return FieldError.Invalid($"steps.{step.Id}", Message.Fr($"{step.Title.Fr} : une prestation au plus pour {person.FullName}.")
                        .En($"{step.Title.En}: at most one for {person.FullName}."));
            }
        }
    }

    /// <summary>Nobody sleeps in two rooms on the same night.</summary>
    public static IEnumerable<FieldError> RoomsOverlap(IReadOnlyList<PricedLine> lines)
    {
        var rooms = lines.Where(l => l.Nights is not null).ToList();
        foreach (var person in rooms.SelectMany(r => r.PersonIds).Distinct())
        {
            var stays = rooms.Where(r => r.PersonIds.Contains(person)).ToList();
            for (var a = 0; a < stays.Count; a++)
            for (var b = a + 1; b < stays.Count; b++)
            {
                if (stays[a].Start < stays[b].End && stays[b].Start < stays[a].End)
                    yield return FieldError.Invalid($"lines[{stays[b].Index}].persons",
                        Message.Fr($"{stays[b].Persons[stays[b].PersonIds.ToList().IndexOf(person)]} a déjà une chambre ces nuits-là.")
                        .En($"{stays[b].Persons[stays[b].PersonIds.ToList().IndexOf(person)]} already has a room on those nights."));
            }
        }
    }
}
