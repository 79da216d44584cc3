using Congress.Platform.Problems;

namespace Congress.Catalog;

/// <summary>What a copy of an event is called: its new id (the address of its form) and title.</summary>
public sealed record DuplicateEventInput(string? NewEventId, string? Title) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        if (NewEventId is null || !Ids.Valid(NewEventId)) yield return Ids.Error("newEventId");
        foreach (var e in Check.Text("title", Title, 150)) yield return e;
    }

    public EventCopy ToCommand() => new(Validated.Present(NewEventId), Validated.Present(Title).Trim());
}

/// <summary>A checked copy order: the new event's id and its title.</summary>
public sealed record EventCopy(string NewEventId, string Title);
