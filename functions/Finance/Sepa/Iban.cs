using System.Diagnostics.CodeAnalysis;
using System.Text;
using Congress.Platform.Problems;

namespace Congress.Finance.Sepa;

/// <summary>
/// An account number that passed every check ISO 13616 allows without asking the bank: a SEPA country,
/// its length and BBAN structure, and the mod-97 check digits. Held in its electronic form
/// (upper case, no spaces), shown to people in groups of four.
/// </summary>
public sealed record Iban
{
    private Iban(string value) => Value = value;

    /// <summary>The electronic form, as it goes into a SEPA file: "FR7630006000011234567890189".</summary>
    public string Value { get; }

    public string CountryCode => Value[..2];

    /// <summary>The paper form, for pages and emails: "FR76 3000 6000 0112 3456 7890 189".</summary>
    public string Formatted => string.Join(' ', Value.Chunk(4).Select(group => new string(group)));

    public override string ToString() => Value;

    /// <summary>Reads what a person typed (any case, spaces, hyphens); the error names <paramref name="field"/>.</summary>
    public static bool TryParse(string? text, string field, [NotNullWhen(true)] out Iban? iban, [NotNullWhen(false)] out FieldError? error)
    {
        var value = Normalise(text);
        error = Problem(value, field);
        iban = error is null ? new Iban(value) : null;
        return error is null;
    }

    /// <summary>For values the code already holds (stored, seeded): throws <see cref="ArgumentException"/> if invalid.</summary>
    public static Iban Parse(string text, string field = "iban") =>
        TryParse(text, field, out var iban, out var error) ? iban : throw new ArgumentException($"{error.Field}: {error.Message.English}", field);

    /// <summary>Builds the IBAN of a country and BBAN, computing its check digits (test data, conversions).</summary>
    internal static Iban FromBban(string country, string bban)
    {
        var check = 98 - Mod97(bban + country + "00");
        return Parse($"{country}{check:D2}{bban}");
    }

    private static string Normalise(string? text)
    {
        if (text is null) return "";
        var normal = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c != '-') normal.Append(char.ToUpperInvariant(c));
        return normal.ToString();
    }

    private static FieldError? Problem(string value, string field)
    {
        if (value.Length == 0) return FieldError.Required(field);
        if (!value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
            return Invalid(field, "seuls les lettres, les chiffres, les espaces et les tirets sont acceptés",
                "only letters, digits, spaces and hyphens are accepted");
        var country = value.Length >= 2 ? value[..2] : value;
        if (!IbanFormats.TryGet(country, out var positions))
            return Invalid(field, $"pays « {country} » inconnu ou hors de la zone SEPA", $"country \"{country}\" unknown or outside SEPA");
        var length = IbanFormats.Length(positions);
        if (value.Length != length)
            return Invalid(field, $"un IBAN {country} compte {length} caractères, celui-ci en a {value.Length}",
                $"an IBAN from {country} has {length} characters, this one has {value.Length}");
        if (!char.IsAsciiDigit(value[2]) || !char.IsAsciiDigit(value[3]))
            return Invalid(field, "les 3e et 4e caractères (la clé) doivent être des chiffres",
                "the 3rd and 4th characters (check digits) must be digits");
        for (var i = 0; i < positions.Length; i++)
            if (!IbanFormats.Fits(value[4 + i], positions[i]))
                return Invalid(field, $"caractère inattendu en position {5 + i} ({Kind(positions[i]).Fr} attendu)",
                    $"unexpected character at position {5 + i} ({Kind(positions[i]).En} expected)");
        // 00, 01 and 99 can satisfy mod 97 but are never issued (ISO 13616 keys run from 02 to 98).
        if (value[2..4] is "00" or "01" or "99" || Mod97(value[4..] + value[..4]) != 1)
            return Invalid(field, "clé de contrôle incorrecte", "wrong check digits");
        return null;
    }

    private static (string Fr, string En) Kind(char kind) => kind switch
    {
        'n' => ("chiffre", "digit"),
        'a' => ("lettre", "letter"),
        _ => ("lettre ou chiffre", "letter or digit"),
    };

    private static FieldError Invalid(string field, string fr, string en) =>
        FieldError.Invalid(field, Message.Fr($"IBAN invalide : {fr}.").En($"Invalid IBAN: {en}."));

    /// <summary>The remainder of the whole number (letters as 10–35) by 97, digit by digit: it has up to 68 digits.</summary>
    private static int Mod97(string rearranged)
    {
        var remainder = 0;
        foreach (var c in rearranged)
            remainder = char.IsAsciiDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        return remainder;
    }
}
