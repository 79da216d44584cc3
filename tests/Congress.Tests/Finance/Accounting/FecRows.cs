using System.Text;
using System.Text.RegularExpressions;
using Congress.Finance.Accounting;

namespace Congress.Tests.Finance.Accounting;

/// <summary>A FEC file as the tests read it: checks its shape on the way in, then offers its lines by column name.</summary>
public sealed partial class FecRows
{
    private FecRows(IReadOnlyList<Dictionary<string, string>> lines) => Lines = lines;

    public IReadOnlyList<Dictionary<string, string>> Lines { get; }

    public static FecRows Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var rows = text.Split("\r\n").ToList();
        Assert.Equal("", rows[^1]);
        rows.RemoveAt(rows.Count - 1);
        Assert.Equal(string.Join('\t', FecFile.Columns), rows[0]);
        var lines = rows.Skip(1).Select(r =>
        {
            var cells = r.Split('\t');
            Assert.Equal(18, cells.Length);
            return FecFile.Columns.Select((c, i) => (c, cells[i])).ToDictionary(x => x.c, x => x.Item2);
        }).ToList();
        foreach (var line in lines)
            foreach (var date in new[] { "EcritureDate", "PieceDate", "ValidDate" })
                Assert.Matches(Day(), line[date]);
        return new FecRows(lines);
    }

    public static decimal Amount(string text) => decimal.Parse(text.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every entry, (journal, number), with its debit and credit totals.</summary>
    public IEnumerable<(string Entry, decimal Debit, decimal Credit)> Entries() =>
        Lines.GroupBy(l => $"{l["JournalCode"]} {l["EcritureNum"]}")
            .Select(g => (g.Key, g.Sum(l => Amount(l["Debit"])), g.Sum(l => Amount(l["Credit"]))));

    public IEnumerable<Dictionary<string, string>> Of(string journal, string pieceRef) =>
        Lines.Where(l => l["JournalCode"] == journal && l["PieceRef"] == pieceRef);

    [GeneratedRegex(@"^\d{8}$")]
    private static partial Regex Day();
}
