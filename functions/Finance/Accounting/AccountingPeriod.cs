using System.Globalization;
using Congress.Platform.Problems;

namespace Congress.Finance.Accounting;

/// <summary>The days an export covers, both included, each in the time zone of what it dates (an event's, else the organiser's).</summary>
public sealed record AccountingPeriod(DateOnly From, DateOnly To)
{
    /// <summary>A period of a century at most: enough for any closing, and no absurd scan.</summary>
    public const int MaxDays = 36_600;

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>
    /// Instants wide enough to hold every instant of the period in any time zone (UTC−12 to UTC+14),
    /// for a first cut in storage; <see cref="Contains"/> then decides in the right zone.
    /// </summary>
    public (DateTimeOffset Start, DateTimeOffset End) Window() =>
        (new DateTimeOffset(From.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
         new DateTimeOffset(To.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    public static (AccountingPeriod? Period, IReadOnlyList<FieldError> Errors) Parse(string? from, string? to)
    {
        var errors = new List<FieldError>();
        var start = Day("from", from, errors);
        var end = Day("to", to, errors);
        if (start is { } f && end is { } t)
        {
            if (t < f) errors.Add(FieldError.Invalid("to", Message.Fr("La date de fin précède la date de début.").En("The end date is before the start date.")));
            else if (t.DayNumber - f.DayNumber >= MaxDays)
                errors.Add(FieldError.Invalid("to", Message.Fr("Période trop longue (100 ans au plus).").En("Period too long (100 years at most).")));
        }
        return errors.Count > 0 ? (null, errors) : (new AccountingPeriod(start!.Value, end!.Value), []);
    }

    private static DateOnly? Day(string field, string? text, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(FieldError.Required(field));
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day > DateOnly.MinValue.AddDays(1) && day < DateOnly.MaxValue.AddDays(-2)) return day;
        errors.Add(FieldError.Invalid(field, Message.Fr("Date attendue au format AAAA-MM-JJ.").En("Date expected as YYYY-MM-DD.")));
        return null;
    }
}
