using System.Globalization;
using System.Text;
using System.Data;
using MiniExcelLibs;

namespace Congress.Platform.Sheets;

/// <summary>
/// A table for people to open in a spreadsheet: one header row and rows of cells (text, numbers,
/// dates). The same sheet is written as CSV or XLSX. Text that a spreadsheet would run as a formula
/// (=, +, -, @, tab, carriage return or line feed first) gets a leading apostrophe in both, so a name typed as
/// =HYPERLINK(…) in a public form stays text when staff open the export.
/// </summary>
public sealed class Sheet(string name, IReadOnlyList<string> headers)
{
    private readonly List<object?[]> _rows = [];

    public string Name { get; } = name;
    public IReadOnlyList<string> Headers { get; } = headers;
    public IReadOnlyList<object?[]> Rows => _rows;

    public Sheet Add(params object?[] cells)
    {
        if (cells.Length != Headers.Count)
            throw new ArgumentException($"{Headers.Count} cells expected, got {cells.Length}.", nameof(cells));
        _rows.Add(cells);
        return this;
    }

    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' ? "'" + text : text;

    /// <summary>CSV as French spreadsheets open it: UTF-8 with BOM, ';' between cells, RFC 4180 quoting.</summary>
    public byte[] ToCsv()
    {
        var builder = new StringBuilder();
        AppendCsvLine(builder, Headers);
        foreach (var row in _rows) AppendCsvLine(builder, row.Select(CsvText));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    /// <summary>One or more sheets in one XLSX workbook.</summary>
    public static byte[] ToXlsx(params Sheet[] sheets)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            // A DataTable keeps the header row even when there are no rows.
            var table = new DataTable(sheet.Name);
            foreach (var header in sheet.Headers) table.Columns.Add(header, typeof(object));
            foreach (var row in sheet._rows) table.Rows.Add(row.Select(XlsxValue).ToArray());
            workbook[sheet.Name] = table;
        }
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, workbook, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public byte[] ToXlsx() => ToXlsx(this);

    private static object XlsxValue(object? cell) => cell switch
    {
        null => DBNull.Value,
        string text => Neutralise(text),
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset at => at.UtcDateTime,
        _ => cell,
    };

    private static string CsvText(object? cell) => cell switch
    {
        null => "",
        string text => Neutralise(text),
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Neutralise(cell.ToString() ?? ""),
    };

    private static void AppendCsvLine(StringBuilder builder, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) builder.Append(';');
            first = false;
            if (cell.AsSpan().IndexOfAny(";\"\r\n") >= 0) builder.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            else builder.Append(cell);
        }
        builder.Append("\r\n");
    }
}
