namespace Congress.Finance.Sepa;

/// <summary>
/// The BBAN structure of each country in the SEPA schemes' scope, from the SWIFT IBAN registry:
/// a run of digits (n), upper-case letters (a) or either (c) per entry, so the IBAN length is 4 + the sum.
/// Only SEPA countries are listed: a payout file can pay no other account. Overseas territories that
/// bank in SEPA (Guadeloupe, Réunion, Åland, the Canaries, Jersey…) use their parent's code.
/// </summary>
internal static class IbanFormats
{
    private static readonly Dictionary<string, string> Structures = new()
    {
        ["AD"] = "4n4n12c", ["AL"] = "8n16c", ["AT"] = "5n11n", ["BE"] = "3n7n2n", ["BG"] = "4a4n2n8c",
        ["CH"] = "5n12c", ["CY"] = "3n5n16c", ["CZ"] = "4n6n10n", ["DE"] = "8n10n", ["DK"] = "4n9n1n",
        ["EE"] = "2n2n11n1n", ["ES"] = "4n4n1n1n10n", ["FI"] = "3n11n", ["FR"] = "5n5n11c2n", ["GB"] = "4a6n8n",
        ["GI"] = "4a15c", ["GR"] = "3n4n16c", ["HR"] = "7n10n", ["HU"] = "3n4n1n15n1n", ["IE"] = "4a6n8n",
        ["IS"] = "4n2n6n10n", ["IT"] = "1a5n5n12c", ["LI"] = "5n12c", ["LT"] = "5n11n", ["LU"] = "3n13c",
        ["LV"] = "4a13c", ["MC"] = "5n5n11c2n", ["MD"] = "2c18c", ["ME"] = "3n13n2n", ["MK"] = "3n10c2n",
        ["MT"] = "4a5n18c", ["NL"] = "4a10n", ["NO"] = "4n6n1n", ["PL"] = "8n16n", ["PT"] = "4n4n11n2n",
        ["RO"] = "4a16c", ["SE"] = "3n16n1n", ["SI"] = "5n8n2n", ["SK"] = "4n6n10n", ["SM"] = "1a5n5n12c",
        ["VA"] = "3n15n",
    };

    /// <summary>Per country, the kind of character expected at each BBAN position ('n', 'a' or 'c').</summary>
    private static readonly Dictionary<string, string> Positions =
        Structures.ToDictionary(s => s.Key, s => Expand(s.Value));

    public static bool TryGet(string country, out string positions) =>
        Positions.TryGetValue(country, out positions!);

    public static int Length(string positions) => 4 + positions.Length;

    public static bool Fits(char c, char kind) => kind switch
    {
        'n' => c is >= '0' and <= '9',
        'a' => c is >= 'A' and <= 'Z',
        _ => c is >= '0' and <= '9' or >= 'A' and <= 'Z',
    };

    private static string Expand(string structure)
    {
        var expanded = new System.Text.StringBuilder();
        var count = 0;
        foreach (var c in structure)
        {
            if (char.IsAsciiDigit(c)) count = count * 10 + (c - '0');
            else
            {
                expanded.Append(c, count);
                count = 0;
            }
        }
        return expanded.ToString();
    }
}
