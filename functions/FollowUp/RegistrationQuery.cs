using System.Globalization;
using Congress.Platform.Problems;
using Congress.Registrations;

namespace Congress.FollowUp;

/// <summary>The filters of the registration list, read from the query string; every export uses the same.</summary>
public sealed record RegistrationQuery(string? Q, string? Status, string? ProductId, string? ProviderId, DateOnly? From, DateOnly? To,
    string DateField, int Page, int PageSize)
{
    public const int MaxPageSize = 200;
    public const int MaxPage = 1_000_000;
    /// <summary>The statuses a listed registration can have (submits refused for lack of stock are not listed).</summary>
    private static readonly string[] Statuses =
        [RegistrationStatus.AwaitingPayment, RegistrationStatus.Confirmed, RegistrationStatus.Expired, RegistrationStatus.Cancelled];

    public static (RegistrationQuery? Query, List<FieldError> Errors) Read(IQueryCollection query)
    {
        var errors = new List<FieldError>();
        var status = Text(query, "status");
        if (status is not null && !Statuses.Contains(status))
            errors.Add(FieldError.Invalid("status", Message.Fr($"État inconnu ; possibles : {string.Join(", ", Statuses)}.")
                .En($"Unknown status; possible: {string.Join(", ", Statuses)}.")));
        var from = Date(query, "from", errors);
        var to = Date(query, "to", errors);
        if (from > to) errors.Add(FieldError.Invalid("to", Message.Fr("La date de fin précède la date de début.").En("The end date is before the start date.")));
        var field = Text(query, "dateField") ?? "created";
        if (field is not ("created" or "stay"))
            errors.Add(FieldError.Invalid("dateField", Message.Fr("« created » ou « stay ».").En("“created” or “stay”.")));
        var page = Number(query, "page", 1, MaxPage, 1, errors);
        var size = Number(query, "pageSize", 1, MaxPageSize, 50, errors);
        var q = Text(query, "q");
        if (q?.Length > 200) errors.Add(FieldError.Invalid("q", Message.Fr("200 caractères au plus.").En("At most 200 characters.")));
        return errors.Count > 0 ? (null, errors)
            : (new RegistrationQuery(q, status, Text(query, "productId"), Text(query, "providerId"), from, to, field, page, size), errors);
    }

    /// <summary>The matches; creation days are days in the event's time zone.</summary>
    public IEnumerable<RegistrationDigest> Apply(IEnumerable<RegistrationDigest> digests, Events.EventEntity ev)
    {
        var words = RegistrationDigest.Fold(Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var fromText = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var toText = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var d in digests)
        {
            if (Status is not null && d.Status != Status) continue;
            if (words.Any(w => !d.Search.Contains(w, StringComparison.Ordinal))) continue;
            if (ProductId is not null || ProviderId is not null)
            {
                var lines = d.Lines();
                if (ProductId is not null && lines.All(l => l.ProductId != ProductId)) continue;
                if (ProviderId is not null && lines.All(l => l.ProviderId != ProviderId)) continue;
            }
            if (DateField == "created")
            {
                var created = ev.DayOf(d.CreatedAt);
                if (From is { } f && created < f || To is { } t && created > t) continue;
            }
            // The stay [start, end) overlaps the chosen days.
            else if (fromText is not null && string.CompareOrdinal(d.End ?? "", fromText) <= 0
                     || toText is not null && string.CompareOrdinal(d.Start ?? "9999", toText) > 0) continue;
            yield return d;
        }
    }

    private static string? Text(IQueryCollection query, string name) =>
        query[name].FirstOrDefault() is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private static DateOnly? Date(IQueryCollection query, string name, List<FieldError> errors)
    {
        if (Text(query, name) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(FieldError.Invalid(name, Message.Fr("Date attendue au format AAAA-MM-JJ.").En("Date expected as YYYY-MM-DD.")));
        return null;
    }

    private static int Number(IQueryCollection query, string name, int min, int max, int fallback, List<FieldError> errors)
    {
        if (Text(query, name) is not { } text) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        errors.Add(FieldError.Invalid(name, Message.Fr($"Nombre entre {min} et {max}.").En($"Number between {min} and {max}.")));
        return fallback;
    }
}
