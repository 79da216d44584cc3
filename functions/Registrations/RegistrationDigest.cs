using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.Registrations;

/// <summary>
/// A priced line reduced to what lists, statistics and rooming lists need: rooms also keep their
/// arrival, departure and guests' names.
/// </summary>
public sealed record DigestLine(string ProductId, string StepId, string ProviderId, long TotalCents, int Persons,
    string? Arrival = null, string? Departure = null, IReadOnlyList<string>? Guests = null, decimal? CommissionRate = null);

/// <summary>
/// A registration as the staff list shows it, in its event's partition (table RegistrationDigests),
/// so that the list, its totals, exports and statistics of an event are one partition read instead
/// of a scan of every registration. Rewritten after each change of the registration, never with an
/// older revision over a newer one.
/// </summary>
public sealed class RegistrationDigest : TableRow
{
    public const string Table = "RegistrationDigests";

    public long Revision { get; set; }
    public string? Number { get; set; }
    public string Status { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string Email { get; set; } = "";
    /// <summary>The participants' organisations, one per line.</summary>
    public string Organisation { get; set; } = "";
    public string Country { get; set; } = "";
    public string PaymentMethod { get; set; } = "";
    /// <summary>Participants and companions, one per line.</summary>
    public string Persons { get; set; } = "";
    public int PersonCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public long TotalCents { get; set; }
    public long PaidCents { get; set; }
    public long DepositCents { get; set; }
    public long BalanceCents { get; set; }
    public long RefundDueCents { get; set; }
    /// <summary>Every text a search matches, folded (lower case, no accents).</summary>
    public string Search { get; set; } = "";
    public string LinesJson { get; set; } = "[]";

    public IReadOnlyList<DigestLine> Lines() => JsonSerializer.Deserialize<List<DigestLine>>(LinesJson, JsonDefaults.Options) ?? [];

    public static RegistrationDigest From(RegistrationEntity r)
    {
        var basket = r.BasketJson.Length > 0 ? JsonSerializer.Deserialize<BasketInput>(r.BasketJson, JsonDefaults.Options) : null;
        var priced = r.PricedJson.Length > 0 ? JsonSerializer.Deserialize<PricedBasket>(r.PricedJson, JsonDefaults.Options) : null;
        var persons = Person.From(basket?.Participants ?? []).Values.Select(p => p.FullName).ToList();
        var organisations = (basket?.Participants ?? []).Select(p => p?.Organisation?.Trim()).Where(o => !string.IsNullOrEmpty(o))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var country = "";
        if (r.ContactJson.Length > 0)
        {
            using var contact = JsonDocument.Parse(r.ContactJson);
            if (contact.RootElement.TryGetProperty("country", out var c) && c.ValueKind == JsonValueKind.String)
                country = c.GetString()!.Trim().ToUpperInvariant();
        }
        var lines = priced?.Lines.ToList() ?? [];
        return new RegistrationDigest
        {
            PartitionKey = r.EventId, RowKey = r.Id, Revision = r.Revision, Number = r.Number, Status = r.Status,
            ContactName = r.ContactName, Email = r.Email, Organisation = string.Join("\n", organisations), Country = country,
            PaymentMethod = r.PaymentMethod, Persons = string.Join("\n", persons), PersonCount = persons.Count,
            CreatedAt = r.CreatedAt, ConfirmedAt = r.ConfirmedAt,
            Start = lines.Count > 0 ? lines.Min(l => l.Start).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            End = lines.Count > 0 ? lines.Max(l => l.End).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            TotalCents = r.TotalCents, PaidCents = r.PaidCents, DepositCents = r.DepositCents, BalanceCents = RegistrationView.LeftToPay(r), RefundDueCents = r.RefundDueCents,
            Search = Fold(string.Join(" ", new[] { r.Number, r.ContactName, r.Email }.Concat(persons).Concat(organisations))),
            LinesJson = JsonSerializer.Serialize(lines.Select(l => l.Nights is null
                ? new DigestLine(l.ProductId, l.StepId, l.ProviderId, (long)Math.Round(l.Total * 100m), l.PersonIds.Count,
                    CommissionRate: l.CommissionRate)
                : new DigestLine(l.ProductId, l.StepId, l.ProviderId, (long)Math.Round(l.Total * 100m), l.PersonIds.Count,
                    l.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    l.Persons, l.CommissionRate)), JsonDefaults.Options),
        };
    }

    /// <summary>Lower case without accents, so that "Hélène" is found by "helene".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(ch));
        return builder.ToString();
    }
}

/// <summary>
/// Keeps the digests in step with the registrations, and reads an event's digests for the staff
/// list. An instance keeps the digests it read and, on the next read, asks storage only for rows
/// written since (by their server timestamp, with a margin), so a list of thousands costs one small
/// query once warm; everything is read again every few minutes in case something was missed.
/// </summary>
public sealed class RegistrationDigests(StorageAccount storage, TimeProvider time)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan FullReadEvery = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, EventDigests> _events = new();

    private TableClient Table => storage.Table(RegistrationDigest.Table);

    /// <summary>
    /// Writes the registration's digest unless a newer one is there. Only registrations that got
    /// their stock are listed: a submit still in progress or refused has no digest. The first
    /// digest of a registration is added without reading first.
    /// </summary>
    public async Task WriteAsync(RegistrationEntity registration, string? statusBefore, CancellationToken ct)
    {
        if (!IsListed(registration.Status)) return;
        var digest = RegistrationDigest.From(registration);
        if ((statusBefore is null || !IsListed(statusBefore)) && await Table.TryAddAsync(digest, ct)) return;
        // Otherwise: read the stored revision, write only when this one is newer.
        await OptimisticRetry.RunAsync(async _ =>
        {
            var stored = await Table.GetEntityIfExistsAsync<RegistrationDigest>(digest.PartitionKey, digest.RowKey,
                [nameof(RegistrationDigest.Revision)], ct);
            if (!stored.HasValue || stored.Value is null)
            {
                if (!await Table.TryAddAsync(digest, ct)) throw new WrittenMeanwhileException();
                return;
            }
            if (stored.Value.Revision >= digest.Revision) return;
            await Table.UpdateEntityAsync(digest, stored.Value.ETag, TableUpdateMode.Replace, ct);
        }, ct);
    }

    public static bool IsListed(string status) => status is not (RegistrationStatus.Submitted or RegistrationStatus.Refused);

    /// <summary>Every digest of the event as storage has it now.</summary>
    public async Task<IReadOnlyList<RegistrationDigest>> ForEventAsync(string eventId, CancellationToken ct)
    {
        var cache = _events.GetOrAdd(eventId, _ => new EventDigests());
        await cache.Gate.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            var full = now - cache.FullReadAt > FullReadEvery || cache.HighWater == DateTimeOffset.MinValue;
            var filter = full
                ? TableClient.CreateQueryFilter($"PartitionKey eq {eventId}")
                : TableClient.CreateQueryFilter($"PartitionKey eq {eventId} and Timestamp ge {cache.HighWater - Margin}");
            if (full) cache.Rows.Clear();
            await foreach (var digest in Table.QueryAsync<RegistrationDigest>(filter, cancellationToken: ct))
            {
                if (!cache.Rows.TryGetValue(digest.RowKey, out var known) || known.Revision <= digest.Revision)
                    cache.Rows[digest.RowKey] = digest;
                if (digest.Timestamp > cache.HighWater) cache.HighWater = digest.Timestamp.Value;
            }
            if (full) cache.FullReadAt = now;
            return cache.Rows.Values.ToList();
        }
        finally
        {
            cache.Gate.Release();
        }
    }

    private sealed class EventDigests
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public Dictionary<string, RegistrationDigest> Rows { get; } = new(StringComparer.Ordinal);
        public DateTimeOffset HighWater { get; set; } = DateTimeOffset.MinValue;
        public DateTimeOffset FullReadAt { get; set; } = DateTimeOffset.MinValue;
    }
}
