using System.Globalization;
using System.Text;

namespace Congress.Finance.Accounting;

/// <summary>
/// The "fichier des écritures comptables" (FEC, article A47 A-1 of the Livre des procédures
/// fiscales): a header and one line per entry line, 18 tab-separated columns, dates yyyyMMdd,
/// amounts with a decimal comma and no thousands separator, UTF-8. Entries are written in date
/// order and numbered one after the other within each journal.
/// </summary>
public static class FecFile
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib",
        "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
    ];

    /// <summary>"{SIREN}FEC{end of the period}.txt", the name the tax administration expects.</summary>
    public static string Name(string siren, DateOnly to) => $"{siren}FEC{to:yyyyMMdd}.txt";

    public static byte[] Write(IEnumerable<FecEntry> entries)
    {
        var text = new StringBuilder();
        AppendLine(text, Columns);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries.OrderBy(e => e.Date).ThenBy(e => e.Journal.Code, StringComparer.Ordinal))
        {
            // Each entry must balance: an unbalanced one is a bug in its builder, never a file to hand over.
            if (!entry.Balanced) throw new InvalidOperationException($"Unbalanced entry {entry.Journal.Code} {entry.PieceRef} of {entry.Date}.");
            var number = numbers[entry.Journal.Code] = numbers.GetValueOrDefault(entry.Journal.Code) + 1;
            var date = Date(entry.Date);
            foreach (var line in entry.Lines)
                AppendLine(text, [
                    entry.Journal.Code, entry.Journal.Label, number.ToString("D6", CultureInfo.InvariantCulture), date,
                    line.Account.Number, line.Account.Label, line.Aux?.Number ?? "", line.Aux?.Label ?? "",
                    entry.PieceRef, date, line.Label, Amount(line.Debit), Amount(line.Credit), "", "", date, "", "",
                ]);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>1234.5 → "1234,50".</summary>
    public static string Amount(decimal euros) => euros.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A field never holds the separator or a line break: they become spaces.</summary>
    public static string Field(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Replace("\r\n", " ").Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();

    private static void AppendLine(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append('\t');
            text.Append(Field(fields[i]));
        }
        text.Append("\r\n");
    }
}
