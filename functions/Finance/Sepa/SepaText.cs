using System.Text;

namespace Congress.Finance.Sepa;

/// <summary>
/// Texts as a SEPA file may carry them. Free texts (names, remittance) are converted: transliterated into
/// the EPC set (see <see cref="SepaCharacters"/>), whitespace collapsed, trimmed, cut at the limit.
/// Identifiers are refused, not converted: our own code makes them and the bank statement quotes them
/// back, so an identifier changed on the way would no longer match its payout.
/// </summary>
public static class SepaText
{
    public const int NameMaxLength = 70;
    public const int RemittanceMaxLength = 140;
    public const int IdentifierMaxLength = 35;

    /// <summary>The EPC's value for an end-to-end reference the originator does not give.</summary>
    public const string NotProvided = "NOTPROVIDED";

    /// <summary>True when <paramref name="c"/> is in the EPC basic Latin set.</summary>
    public static bool IsAllowed(char c) => SepaCharacters.IsAllowed(c);

    /// <summary>Any text brought into the set, collapsed, trimmed and cut at <paramref name="maxLength"/>; may be empty.</summary>
    public static string Convert(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (IsClean(text, maxLength)) return text;
        var converted = new StringBuilder(text.Length);
        SepaCharacters.AppendConverted(converted, text);
        var result = new StringBuilder(Math.Min(converted.Length, maxLength));
        foreach (var chunk in converted.GetChunks())
            foreach (var c in chunk.Span)
            {
                if (c == ' ' && (result.Length == 0 || result[^1] == ' ')) continue;
                if (result.Length == maxLength) break;
                result.Append(c);
            }
        while (result.Length > 0 && result[^1] == ' ') result.Length--;
        return result.ToString();
    }

    /// <summary>Already in the set, within the limit, trimmed, no double space: most texts, kept without a copy.</summary>
    private static bool IsClean(string text, int maxLength)
    {
        if (text.Length > maxLength || text[0] == ' ' || text[^1] == ' ') return false;
        for (var i = 0; i < text.Length; i++)
            if (!IsAllowed(text[i]) || (text[i] == ' ' && text[i - 1] == ' ')) return false;
        return true;
    }

    /// <summary>A party's name (≤ 70). A name is mandatory: one with nothing left (only emoji or CJK, say) is refused.</summary>
    public static string Name(string? text, string what)
    {
        var name = Convert(text, NameMaxLength);
        return name.Length > 0 ? name
            : throw new ArgumentException($"{what}: the name has no character SEPA can carry (Latin letters, digits) and cannot be left empty.", what);
    }

    /// <summary>Unstructured remittance information (≤ 140); empty means the file carries none.</summary>
    public static string Remittance(string? text) => Convert(text, RemittanceMaxLength);

    /// <summary>
    /// An identifier (MsgId, PmtInfId, EndToEndId) as given, or <see cref="ArgumentException"/>: 1 to 35
    /// characters of the set without spaces, no '/' first or last, no "//".
    /// </summary>
    public static string Identifier(string? id, string what)
    {
        var problem = id switch
        {
            null or "" => "is empty",
            { Length: > IdentifierMaxLength } => $"is longer than {IdentifierMaxLength} characters",
            _ when id.Any(c => c == ' ' || !IsAllowed(c)) => "has characters outside a-z A-Z 0-9 / - ? : ( ) . , ' +",
            _ when id.StartsWith('/') || id.EndsWith('/') => "starts or ends with '/'",
            _ when id.Contains("//", StringComparison.Ordinal) => "contains \"//\"",
            _ => null,
        };
        return problem is null ? id! : throw new ArgumentException($"{what} \"{id}\" {problem}.", what);
    }

    /// <summary>The end-to-end reference: an identifier, or <see cref="NotProvided"/> when there is none.</summary>
    public static string EndToEndId(string? id, string what) =>
        string.IsNullOrWhiteSpace(id) ? NotProvided : Identifier(id, what);
}
