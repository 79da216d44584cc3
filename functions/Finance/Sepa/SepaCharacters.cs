using System.Globalization;
using System.Text;

namespace Congress.Finance.Sepa;

/// <summary>
/// The EPC basic Latin set every SEPA bank must accept (a–z A–Z 0–9 / - ? : ( ) . , ' + space) and the
/// way any other character is brought into it. Compatibility decomposition (FormKD) does most of the
/// work: é → e + accent (dropped), ﬁ → fi, full-width Ａ → A, no-break space → space. The table holds
/// the letters that do not decompose (ß, æ, ø, ł…) and punctuation with an obvious stand-in; anything
/// else (&lt;, &gt;, emoji, CJK, symbols) is dropped.
/// </summary>
internal static class SepaCharacters
{
    // '&' becomes '+' rather than " et ": one character under tight limits, and no language imposed on
    // a file that any bank may read ("Smith & Sons"). "n°" stays readable as "no".
    private static readonly Dictionary<char, string> Table = new()
    {
        ['ß'] = "ss", ['ẞ'] = "SS", ['æ'] = "ae", ['Æ'] = "AE", ['œ'] = "oe", ['Œ'] = "OE",
        ['ø'] = "o", ['Ø'] = "O", ['ł'] = "l", ['Ł'] = "L", ['đ'] = "d", ['Đ'] = "D", ['ð'] = "d", ['Ð'] = "D",
        ['þ'] = "th", ['Þ'] = "TH", ['ı'] = "i", ['ħ'] = "h", ['Ħ'] = "H", ['ŋ'] = "ng", ['Ŋ'] = "NG",
        ['&'] = "+", ['°'] = "o", ['€'] = "EUR", ['_'] = "-", [';'] = ",", ['\\'] = "/",
        ['['] = "(", [']'] = ")", ['{'] = "(", ['}'] = ")",
        ['"'] = "'", ['`'] = "'", ['´'] = "'", ['‘'] = "'", ['’'] = "'", ['‚'] = "'", ['‛'] = "'", ['′'] = "'",
        ['ʼ'] = "'", ['“'] = "'", ['”'] = "'", ['„'] = "'", ['‟'] = "'", ['″'] = "'", ['«'] = "'", ['»'] = "'",
        ['‹'] = "'", ['›'] = "'",
        ['‐'] = "-", ['‑'] = "-", ['‒'] = "-", ['–'] = "-", ['—'] = "-", ['―'] = "-", ['−'] = "-", ['⁄'] = "/",
    };

    public static bool IsAllowed(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '?' or ':' or '(' or ')' or '.' or ',' or '\'' or '+' or ' ';

    /// <summary>What each character of the first plane becomes, worked out once per character (files repeat them).</summary>
    private static readonly string?[] Bmp = new string?[0x10000];

    /// <summary>Appends <paramref name="text"/> brought into the set; spaces are not collapsed yet.</summary>
    public static void AppendConverted(StringBuilder into, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && IsAllowed((char)rune.Value)) into.Append((char)rune.Value);
            else if (rune.IsBmp) into.Append(Bmp[rune.Value] ??= Converted(rune));
            else into.Append(Converted(rune));
        }
    }

    private static string Converted(Rune rune)
    {
        if (Rune.IsWhiteSpace(rune)) return " ";
        // Unassigned code points would make Normalize throw; the others have nothing to say.
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherNotAssigned or UnicodeCategory.Control
            or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate) return "";
        var converted = new StringBuilder();
        if (rune.IsBmp && AppendMapped(converted, (char)rune.Value)) return converted.ToString();
        foreach (var part in rune.ToString().Normalize(NormalizationForm.FormKD))
            if (IsAllowed(part)) converted.Append(part);
            else AppendMapped(converted, part);
        return converted.ToString();
    }

    private static bool AppendMapped(StringBuilder into, char c)
    {
        if (Table.TryGetValue(c, out var replacement)) into.Append(replacement);
        else return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark; // a lone accent: consumed
        return true;
    }
}
