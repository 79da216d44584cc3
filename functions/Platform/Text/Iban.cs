using System.Numerics;

namespace Congress.Platform.Text;

/// <summary>International bank account numbers: normalised and checked with ISO 13616's mod-97.</summary>
public static class Iban
{
    public static string Normalize(string value) => new(value.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());

    public static bool IsValid(string? value)
    {
        if (value is null) return false;
        var iban = Normalize(value);
        if (iban.Length is < 15 or > 34 || !char.IsAsciiLetter(iban[0]) || !char.IsAsciiLetter(iban[1])
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]) || !iban.All(char.IsAsciiLetterOrDigit))
            return false;
        var rearranged = iban[4..] + iban[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString()));
        return BigInteger.Parse(digits) % 97 == 1;
    }

    /// <summary>BIC: 8 or 11 characters, bank (4 letters), country (2 letters), location and branch.</summary>
    public static bool IsValidBic(string? value) =>
        value is { Length: 8 or 11 } bic && bic.Take(6).All(char.IsAsciiLetterUpper) && bic.Skip(6).All(char.IsAsciiLetterOrDigit);
}
