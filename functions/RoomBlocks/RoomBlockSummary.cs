using Congress.Catalog;
using Congress.Platform.Sheets;

namespace Congress.RoomBlocks;

public sealed record SummaryCell(int Rooms, decimal? Price);

/// <summary>
/// One provider's line of the summary: its answer date (null: no answer yet), its offer per night and
/// type, and the remarks the provider wrote with its answer (tourist tax, conditions…; empty without).
/// </summary>
public sealed record SummaryRow(string ProviderId, string ProviderName, string City, DateTimeOffset? AnsweredAt,
    IReadOnlyDictionary<string, SummaryCell> Cells, string Remarks)
{
    public static string Key(DateOnly night, string type) => $"{night:yyyy-MM-dd}|{type}";
}

/// <summary>
/// The summary of a room block request (document de synthèse): per provider asked, the answer date
/// and, for each night and room type, the rooms and price offered; providers that did not answer
/// are listed too; totals of rooms per night and type, and of capacity per night.
/// </summary>
public sealed record RoomBlockSummary(string Number, IReadOnlyList<DateOnly> Nights, IReadOnlyList<string> Types,
    IReadOnlyList<SummaryRow> Rows, IReadOnlyDictionary<string, int> RoomsPerNightAndType, IReadOnlyDictionary<string, int> RoomsPerNight)
{
    public static RoomBlockSummary Build(RoomBlockRequestRow request, IReadOnlyList<RoomBlockAnswerRow> answers,
        IReadOnlyDictionary<string, ProviderEntity> providers)
    {
        var nights = request.Nights();
        var types = request.RoomTypeList().Select(t => t.Type).ToList();
        var submitted = answers.Where(a => a.Status == AnswerStatus.Submitted).ToDictionary(a => a.ProviderId);
        var rows = request.ProviderList().Select(id =>
        {
            var provider = providers.GetValueOrDefault(id);
            var answer = submitted.GetValueOrDefault(id);
            var cells = (answer?.Offers() ?? []).Where(o => types.Contains(o.Type) && nights.Contains(o.Night))
                .ToDictionary(o => SummaryRow.Key(o.Night, o.Type), o => new SummaryCell(o.Rooms, o.Price));
            return new SummaryRow(id, provider?.Name ?? id, provider?.City ?? "", answer?.SubmittedAt, cells, answer?.Remarks ?? "");
        }).OrderBy(r => r.AnsweredAt is null).ThenBy(r => r.ProviderName, StringComparer.CurrentCulture).ToList();
        var perNightAndType = nights.SelectMany(n => types.Select(t => SummaryRow.Key(n, t)))
            .ToDictionary(k => k, k => rows.Sum(r => r.Cells.GetValueOrDefault(k)?.Rooms ?? 0));
        var perNight = nights.ToDictionary(n => n.ToString("yyyy-MM-dd"),
            n => types.Sum(t => perNightAndType[SummaryRow.Key(n, t)]));
        return new RoomBlockSummary(request.Number, nights, types, rows, perNightAndType, perNight);
    }

    /// <summary>
    /// The spreadsheet: one line per provider, a rooms and a price column per night and type, the
    /// provider's remarks, then the totals. Texts typed by providers are neutralised by <see cref="Sheet"/>.
    /// </summary>
    public byte[] ToXlsx()
    {
        var headers = new List<string> { "Prestataire", "Situation", "Date réponse" };
        foreach (var night in Nights)
            foreach (var type in Types)
            {
                var label = $"{night:dd/MM/yyyy} {RoomTypes.Labels.GetValueOrDefault(type, type)}";
                headers.Add($"{label} lots");
                headers.Add($"{label} prix");
            }
        headers.Add("Remarques");
        var sheet = new Sheet($"Synthèse {Number}", headers);
        foreach (var row in Rows)
        {
            var cells = new List<object?> { row.ProviderName, row.City, row.AnsweredAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null };
            foreach (var night in Nights)
                foreach (var type in Types)
                {
                    var cell = row.Cells.GetValueOrDefault(SummaryRow.Key(night, type));
                    cells.Add(cell?.Rooms);
                    cells.Add(cell?.Price);
                }
            cells.Add(row.Remarks);
            sheet.Add([.. cells]);
        }
        var totals = new List<object?> { "Total", null, null };
        foreach (var night in Nights)
            foreach (var type in Types)
            {
                totals.Add(RoomsPerNightAndType[SummaryRow.Key(night, type)]);
                totals.Add(null);
            }
        totals.Add(null);
        sheet.Add([.. totals]);
        var capacity = new Sheet("Capacité par nuit", ["Nuit", "Chambres"]);
        foreach (var night in Nights) capacity.Add(night, RoomsPerNight[night.ToString("yyyy-MM-dd")]);
        return Sheet.ToXlsx(sheet, capacity);
    }
}
