using Congress.Catalog;
using Congress.Platform.Sheets;
using Congress.Registrations;

namespace Congress.FollowUp;

public sealed record StatTotals(int Registrations, int Confirmed, int Persons, decimal Revenue, decimal Paid);
public sealed record DayCount(DateOnly Date, int Created, int Confirmed);
public sealed record StepRevenue(string StepId, LocalizedText Title, decimal Total);
public sealed record ProviderRevenue(string ProviderId, string Name, decimal Total);
public sealed record NightFill(DateOnly Night, int Capacity, int Held, int Sold, decimal Rate);
public sealed record HotelFill(string ProviderId, string Name, IReadOnlyList<NightFill> Nights);
public sealed record CountryCount(string Country, int Count);
public sealed record OrganisationCount(string Name, int Count);

/// <summary>
/// An event's figures for staff and for the post-event summary: registrations per day (the
/// event's time zone), revenue of confirmed registrations per step and provider, each hotel's fill per night,
/// and who came (countries, organisations).
/// </summary>
public sealed record EventStatistics(StatTotals Totals, IReadOnlyList<DayCount> PerDay, IReadOnlyList<StepRevenue> RevenueByStep,
    IReadOnlyList<ProviderRevenue> RevenueByProvider, IReadOnlyList<HotelFill> HotelFill, IReadOnlyList<CountryCount> Countries,
    IReadOnlyList<OrganisationCount> Organisations)
{
    public static EventStatistics Compute(EventForm form, IReadOnlyList<RegistrationDigest> digests, IReadOnlyList<StockRow> stock)
    {
        var confirmed = digests.Where(d => d.Status == RegistrationStatus.Confirmed).ToList();
        var lines = confirmed.SelectMany(d => d.Lines()).ToList();
        var totals = new StatTotals(digests.Count, confirmed.Count, confirmed.Sum(d => d.PersonCount),
            confirmed.Sum(d => d.TotalCents) / 100m, digests.Sum(d => d.PaidCents) / 100m);

        var created = digests.GroupBy(d => form.Event.DayOf(d.CreatedAt)).ToDictionary(g => g.Key, g => g.Count());
        var confirmedOn = confirmed.Where(d => d.ConfirmedAt is not null).GroupBy(d => form.Event.DayOf(d.ConfirmedAt!.Value))
            .ToDictionary(g => g.Key, g => g.Count());
        var perDay = created.Keys.Union(confirmedOn.Keys).Order()
            .Select(day => new DayCount(day, created.GetValueOrDefault(day), confirmedOn.GetValueOrDefault(day))).ToList();

        var byStep = form.Steps
            .Select(s => new StepRevenue(s.Id, s.Title, lines.Where(l => l.StepId == s.Id).Sum(l => l.TotalCents) / 100m))
            .Where(s => s.Total != 0).ToList();
        var byProvider = lines.Where(l => l.ProviderId.Length > 0).GroupBy(l => l.ProviderId)
            .Select(g => new ProviderRevenue(g.Key, ProviderName(form, g.Key), g.Sum(l => l.TotalCents) / 100m))
            .OrderByDescending(p => p.Total).ToList();

        var nightly = stock.Where(r => r.Slot != StockKeys.Total && form.FindProduct(r.ProductId) is { ProviderId.Length: > 0 })
            .Select(r => (Provider: form.FindProduct(r.ProductId)!.ProviderId, Night: DateOnly.ParseExact(r.Slot, "yyyy-MM-dd"), Row: r));
        var fill = nightly.GroupBy(x => x.Provider)
            .Select(g => new HotelFill(g.Key, ProviderName(form, g.Key), g.GroupBy(x => x.Night).OrderBy(n => n.Key)
                .Select(n =>
                {
                    var (capacity, held, sold) = (n.Sum(x => x.Row.Capacity), n.Sum(x => x.Row.Held), n.Sum(x => x.Row.Sold));
                    return new NightFill(n.Key, capacity, held, sold, capacity == 0 ? 0 : Math.Round((decimal)sold / capacity, 4));
                }).ToList()))
            .OrderBy(h => h.Name, StringComparer.CurrentCulture).ToList();

        var countries = confirmed.GroupBy(d => d.Country.Length > 0 ? d.Country : "?")
            .Select(g => new CountryCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Country).ToList();
        var organisations = confirmed.SelectMany(d => d.Organisation.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(o => o.Trim(), StringComparer.CurrentCultureIgnoreCase)
            .Select(g => new OrganisationCount(g.First(), g.Count())).OrderByDescending(o => o.Count).ThenBy(o => o.Name).ToList();
        return new EventStatistics(totals, perDay, byStep, byProvider, fill, countries, organisations);
    }

    /// <summary>The post-event summary: one sheet per figure.</summary>
    public byte[] ToXlsx() => Sheet.ToXlsx(
        new Sheet("Totaux", ["Inscriptions", "Confirmées", "Personnes", "Chiffre d'affaires", "Encaissé"])
            .Add(Totals.Registrations, Totals.Confirmed, Totals.Persons, Totals.Revenue, Totals.Paid),
        Fill(new Sheet("Par jour", ["Date", "Créées", "Confirmées"]), PerDay.Select(d => new object?[] { d.Date, d.Created, d.Confirmed })),
        Fill(new Sheet("Par étape", ["Étape", "Montant"]), RevenueByStep.Select(s => new object?[] { s.Title.Fr, s.Total })),
        Fill(new Sheet("Par prestataire", ["Prestataire", "Montant"]), RevenueByProvider.Select(p => new object?[] { p.Name, p.Total })),
        Fill(new Sheet("Remplissage", ["Hôtel", "Nuit", "Capacité", "Bloquées", "Vendues", "Taux"]),
            HotelFill.SelectMany(h => h.Nights.Select(n => new object?[] { h.Name, n.Night, n.Capacity, n.Held, n.Sold, n.Rate }))),
        Fill(new Sheet("Pays", ["Pays", "Inscriptions"]), Countries.Select(c => new object?[] { c.Country, c.Count })),
        Fill(new Sheet("Organisations", ["Organisation", "Inscriptions"]), Organisations.Select(o => new object?[] { o.Name, o.Count })));

    private static Sheet Fill(Sheet sheet, IEnumerable<object?[]> rows)
    {
        foreach (var row in rows) sheet.Add(row);
        return sheet;
    }

    private static string ProviderName(EventForm form, string id) => form.Providers.TryGetValue(id, out var p) ? p.Name : id;
}
