using Congress.Catalog;
using Congress.Platform.Problems;

namespace Congress.Registrations;

/// <summary>
/// Checks a basket against the event's form and prices it. Prices come from the catalog only;
/// every problem names the field at fault so that the form can show it where it belongs.
/// </summary>
public static class Pricing
{
    public const int MaxNights = 30;
    public const int MaxUnits = 50;

    public static (PricedBasket? Basket, IReadOnlyList<FieldError> Errors) Price(EventForm form, BasketInput basket)
    {
        var errors = new List<FieldError>();
        var participants = basket.Participants ?? [];
        if (participants.Length > form.Event.MaxParticipants)
            errors.Add(FieldError.Invalid("participants", Message.Fr($"{form.Event.MaxParticipants} participants au plus.")
                .En($"At most {form.Event.MaxParticipants} participants.")));
        var group = form.GroupFor(basket.AccessCode);
        if (!string.IsNullOrWhiteSpace(basket.AccessCode) && group is null)
            errors.Add(FieldError.Invalid("accessCode", Message.Fr("Code d'accès inconnu.").En("Unknown access code.")));
        var persons = Person.From(participants);
        var lines = new List<PricedLine>();
        var needs = new List<StockNeed>();
        var lineInputs = basket.Lines ?? [];
        for (var i = 0; i < lineInputs.Length; i++)
        {
            var line = new LineCheck(form, persons, lineInputs[i], i, group);
            errors.AddRange(line.Errors);
            if (line.Priced is not null)
            {
                lines.Add(line.Priced);
                needs.AddRange(line.Needs);
            }
        }
        errors.AddRange(Rules.RoomsOverlap(lines));
        errors.AddRange(Rules.Mandatory(form, persons, lines, group));
        errors.AddRange(Rules.Choices(form, persons, lines, group));
        if (errors.Count > 0) return (null, errors);
        return (Assemble(form, lines, needs), []);
    }

    private static PricedBasket Assemble(EventForm form, List<PricedLine> lines, List<StockNeed> needs)
    {
        var groups = form.Steps
            .Select(step => (step, lines: lines.Where(l => l.StepId == step.Id).ToList()))
            .Where(g => g.lines.Count > 0)
            .Select(g => new PricedGroup(g.step.Id, g.step.Title, g.lines, g.lines.Sum(l => l.Total)))
            .ToList();
        var total = lines.Sum(l => l.Total);
        var totalExcl = lines.Sum(l => l.TotalExcl);
        var deposit = Math.Round(total * form.Event.DepositPercent / 100m, 2, MidpointRounding.AwayFromZero);
        return new PricedBasket(groups, total, totalExcl, total - totalExcl, deposit, StockNeed.Combine(needs));
    }
}
