using Congress.Platform.Problems;

namespace Congress.Registrations;

public sealed record CompanionInput(string? LastName, string? FirstName);

public sealed record ParticipantInput(string? LastName, string? FirstName, string? Organisation, CompanionInput? Companion);

/// <summary>
/// One line of the basket: a product for persons ("p0", "p0c"...), a room for nights from an
/// arrival date with the persons who sleep there, or a quantity for per-unit products.
/// </summary>
public sealed record LineInput(string? ProductId, string[]? Persons, DateOnly? Arrival, int? Nights, int? Quantity);

/// <summary>What the attendee wants; the server prices it and checks it against the form.</summary>
public record BasketInput(string? AccessCode, ParticipantInput[]? Participants, LineInput[]? Lines) : IValidatable
{
    public const int MaxLines = 60;
    /// <summary>More than any form offers (the event's own maximum is checked when pricing).</summary>
    public const int MaxParticipants = 50;

    public virtual IEnumerable<FieldError> Validate()
    {
        foreach (var e in Check.Text("accessCode", AccessCode, 40, required: false)) yield return e;
        if (Participants is null || Participants.Length == 0)
        {
            yield return FieldError.Required("participants");
            yield break;
        }
        if (Participants.Length > MaxParticipants)
        {
            yield return FieldError.Invalid("participants", Message.Fr($"{MaxParticipants} participants au plus.").En($"At most {MaxParticipants} participants."));
            yield break;
        }
        for (var i = 0; i < Participants.Length; i++)
        {
            var p = Participants[i];
            if (p is null) { yield return FieldError.Required($"participants[{i}]"); continue; }
            foreach (var e in Check.Text($"participants[{i}].lastName", p.LastName, 80)) yield return e;
            foreach (var e in Check.Text($"participants[{i}].firstName", p.FirstName, 80)) yield return e;
            foreach (var e in Check.Text($"participants[{i}].organisation", p.Organisation, 120, required: false)) yield return e;
            if (p.Companion is { } c)
            {
                foreach (var e in Check.Text($"participants[{i}].companion.lastName", c.LastName, 80)) yield return e;
                foreach (var e in Check.Text($"participants[{i}].companion.firstName", c.FirstName, 80)) yield return e;
            }
        }
        if (Lines is null || Lines.Length == 0)
        {
            yield return FieldError.Invalid("lines", Message.Fr("Le panier est vide.").En("The basket is empty."));
            yield break;
        }
        if (Lines.Length > MaxLines)
        {
            yield return FieldError.Invalid("lines", Message.Fr($"{MaxLines} lignes au plus.").En($"At most {MaxLines} lines."));
            yield break;
        }
        for (var i = 0; i < Lines.Length; i++)
        {
            if (Lines[i] is null || string.IsNullOrWhiteSpace(Lines[i].ProductId))
                yield return FieldError.Required($"lines[{i}].productId");
            else if (Lines[i].ProductId is { Length: > 60 }) yield return FieldError.TooLong($"lines[{i}].productId", 60);
            else if (Lines[i].Nights is < 1 or > 31)
                yield return FieldError.Invalid($"lines[{i}].nights", Message.Fr("Entre 1 et 31 nuits.").En("Between 1 and 31 nights."));
            else if (Lines[i].Quantity is < 0 or > 1000)
                yield return FieldError.Invalid($"lines[{i}].quantity", Message.Fr("Quantité entre 0 et 1 000.").En("Quantity between 0 and 1,000."));
            else if (Lines[i].Persons?.Any(p => p is { Length: > 10 }) == true)
                yield return FieldError.Invalid($"lines[{i}].persons", Message.Fr("Liste de personnes invalide.").En("Invalid list of persons."));
            else if (Lines[i].Persons is { } persons && (persons.Length > 2 * Participants.Length || persons.Any(p => p is null)))
                yield return FieldError.Invalid($"lines[{i}].persons", Message.Fr("Liste de personnes invalide.").En("Invalid list of persons."));
        }
    }
}
