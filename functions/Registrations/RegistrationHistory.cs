using System.Globalization;
using System.Text.Json;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.Registrations;

/// <summary>One value that a change moved: before and after as people read them.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>Who changes a registration and why: a staff member's email, or one of <see cref="Actors"/>.</summary>
public sealed record Change(string By, string Action, IReadOnlyList<FieldChange>? Notes = null);

public static class Actors
{
    public const string System = "system";
    public const string Stripe = "stripe";
    public const string Attendee = "attendee";
}

public static class HistoryActions
{
    public const string Submitted = "submitted";
    public const string Refused = "refused";
    public const string CheckoutStarted = "checkout-started";
    public const string PaymentRecorded = "payment-recorded";
    public const string RefundRecorded = "refund-recorded";
    public const string Reminded = "reminded";
    public const string Expired = "expired";
    public const string LinesChanged = "lines-changed";
    public const string ContactChanged = "contact-changed";
    public const string Cancelled = "cancelled";
    public const string Confirmed = "confirmed";
    public const string EmailResent = "email-resent";
}

/// <summary>
/// One entry of a registration's history, in the registration's own partition and written in the
/// same batch as the change it describes, so neither exists without the other. The row key comes
/// from the revision the change produced: newest first, and a second entry for one revision is
/// impossible. Nothing in the app updates or deletes these rows.
/// </summary>
public sealed class HistoryRow : TableRow
{
    public const string Prefix = "history|";

    public long Revision { get; set; }
    public DateTimeOffset At { get; set; }
    public string By { get; set; } = "";
    public string Action { get; set; } = "";
    public string ChangesJson { get; set; } = "[]";

    public static string KeyFor(long revision) => Prefix + (long.MaxValue - revision).ToString("D19", CultureInfo.InvariantCulture);

    public static HistoryRow For(RegistrationEntity after, Change why, IReadOnlyList<FieldChange> changes, DateTimeOffset at) => new()
    {
        PartitionKey = after.Id, RowKey = KeyFor(after.Revision), Revision = after.Revision, At = at, By = why.By,
        Action = why.Action, ChangesJson = JsonSerializer.Serialize(changes, JsonDefaults.Options),
    };

    public HistoryEntry ToEntry() =>
        new(At, By, Action, JsonSerializer.Deserialize<List<FieldChange>>(ChangesJson, JsonDefaults.Options) ?? []);
}

public sealed record HistoryEntry(DateTimeOffset At, string By, string Action, IReadOnlyList<FieldChange> Changes);

/// <summary>
/// The values of a registration that people follow, as text: comparing two snapshots gives the
/// before/after of a change. Lines and participants compare as lists, so adding a lunch shows as
/// one added line rather than a rewritten basket.
/// </summary>
public sealed class RegistrationSnapshot
{
    private static readonly string[] ContactFields =
        ["email", "civility", "lastName", "firstName", "address", "postalCode", "city", "country", "phone", "mobile", "comment"];

    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);
    private readonly List<string> _lines = [];

    public static readonly RegistrationSnapshot Empty = new();

    public static RegistrationSnapshot Of(RegistrationEntity r)
    {
        var s = new RegistrationSnapshot();
        s._values["status"] = r.Status;
        s._values["number"] = r.Number;
        s._values["paymentMethod"] = r.PaymentMethod;
        s._values["total"] = Money(r.TotalCents);
        s._values["deposit"] = Money(r.DepositCents);
        s._values["paid"] = Money(r.PaidCents);
        s._values["refundDue"] = Money(r.RefundDueCents);
        s._values["holdExpiresAt"] = Date(r.HoldExpiresAt);
        s._values["closedAt"] = Date(r.ClosedAt);
        if (r.ContactJson.Length > 0)
        {
            using var contact = JsonDocument.Parse(r.ContactJson);
            foreach (var field in ContactFields)
                s._values["contact." + field] = contact.RootElement.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String
                    ? v.GetString() : null;
        }
        if (r.BasketJson.Length > 0)
        {
            var basket = JsonSerializer.Deserialize<BasketInput>(r.BasketJson, JsonDefaults.Options);
            var participants = basket?.Participants ?? [];
            for (var i = 0; i < participants.Length; i++) s._values[$"participants[{i}]"] = Describe(participants[i]);
            s._values["accessCode"] = string.IsNullOrWhiteSpace(basket?.AccessCode) ? null : basket.AccessCode;
        }
        if (r.PricedJson.Length > 0)
        {
            var priced = JsonSerializer.Deserialize<PricedBasket>(r.PricedJson, JsonDefaults.Options);
            s._lines.AddRange(priced?.Lines.Select(Describe) ?? []);
        }
        return s;
    }

    /// <summary>What moved from <paramref name="before"/> to this snapshot.</summary>
    public List<FieldChange> ChangesSince(RegistrationSnapshot before)
    {
        var changes = new List<FieldChange>();
        foreach (var key in before._values.Keys.Union(_values.Keys))
        {
            var (was, now) = (before._values.GetValueOrDefault(key), _values.GetValueOrDefault(key));
            if (!string.Equals(was, now, StringComparison.Ordinal)) changes.Add(new FieldChange(key, was, now));
        }
        var removed = Minus(before._lines, _lines);
        var added = Minus(_lines, before._lines);
        if (removed.Count > 0 || added.Count > 0)
            changes.Add(new FieldChange("lines", removed.Count > 0 ? string.Join("\n", removed) : null,
                added.Count > 0 ? string.Join("\n", added) : null));
        return changes;
    }

    private static List<string> Minus(List<string> from, List<string> take)
    {
        var left = new List<string>(from);
        foreach (var item in take) left.Remove(item);
        return left;
    }

    private static string Describe(ParticipantInput p)
    {
        var text = $"{p.FirstName} {p.LastName}".Trim();
        if (!string.IsNullOrWhiteSpace(p.Organisation)) text += $" ({p.Organisation})";
        if (p.Companion is { } c) text += $" + {c.FirstName} {c.LastName}".TrimEnd();
        return text;
    }

    private static string Describe(PricedLine l)
    {
        var when = l.Nights is { } n
            ? $" {l.Start:dd/MM/yyyy} → {l.End:dd/MM/yyyy} ({n} nuit{(n > 1 ? "s" : "")})"
            : l.Quantity > 1 && l.PersonIds.Count == 0 ? $" × {l.Quantity}" : "";
        var who = l.Persons.Count > 0 ? $" — {string.Join(", ", l.Persons)}" : "";
        return $"{l.Label.Fr}{when}{who} : {l.Total.ToString("0.00", CultureInfo.InvariantCulture)} €";
    }

    private static string? Money(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string? Date(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
