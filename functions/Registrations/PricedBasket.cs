using Congress.Catalog;

namespace Congress.Registrations;

public sealed record PricedLine(
    int Index, string ProductId, string StepId, LocalizedText Label, DateOnly Start, DateOnly End,
    int Quantity, int? Nights, decimal UnitPrice, decimal Total, decimal TotalExcl, decimal VatRate,
    string ProviderId, IReadOnlyList<string> PersonIds, IReadOnlyList<string> Persons, decimal? CommissionRate = null);

public sealed record PricedGroup(string StepId, LocalizedText Title, IReadOnlyList<PricedLine> Lines, decimal Subtotal);

/// <summary>A basket as the server prices it: the only source of amounts.</summary>
public sealed record PricedBasket(
    IReadOnlyList<PricedGroup> Groups, decimal Total, decimal TotalExcl, decimal Vat, decimal Deposit,
    IReadOnlyList<StockNeed> StockNeeds)
{
    public IEnumerable<PricedLine> Lines => Groups.SelectMany(g => g.Lines);

    /// <summary>The basket as attendees see it: the organiser's commission rates and the stock keys stay inside.</summary>
    public Quote ForAttendee() => new(
        Groups.Select(g => g with { Lines = g.Lines.Select(l => l with { CommissionRate = null }).ToList() }).ToList(),
        Total, TotalExcl, Vat, Deposit);
}

/// <summary>A priced basket as the public quote answers it: lines and amounts, nothing of how stock is kept.</summary>
public sealed record Quote(IReadOnlyList<PricedGroup> Groups, decimal Total, decimal TotalExcl, decimal Vat, decimal Deposit);

/// <summary>A person of the registration: "p0" is attendee 0, "p0c" their companion.</summary>
public sealed record Person(string Id, string FullName, bool IsCompanion)
{
    public static IReadOnlyDictionary<string, Person> From(IReadOnlyList<ParticipantInput> participants)
    {
        var persons = new Dictionary<string, Person>(StringComparer.Ordinal);
        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            persons[$"p{i}"] = new Person($"p{i}", $"{p.FirstName?.Trim()} {p.LastName?.Trim()}".Trim(), false);
            if (p.Companion is { } c)
                persons[$"p{i}c"] = new Person($"p{i}c", $"{c.FirstName?.Trim()} {c.LastName?.Trim()}".Trim(), true);
        }
        return persons;
    }
}
