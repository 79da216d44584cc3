using System.Text.RegularExpressions;

namespace Congress.Platform.Problems;

/// <summary>Identifiers of events, steps, products, providers and groups: short, lower-case, URL- and key-safe.</summary>
public static partial class Ids
{
    public static bool Valid(string id) => IdPattern().IsMatch(id);

    public static FieldError Error(string field) => FieldError.Invalid(field,
        Message.Fr("Identifiant : lettres minuscules, chiffres et tirets (60 au plus).")
        .En("Identifier: lower-case letters, digits and hyphens (at most 60)."));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,59}$")]
    private static partial Regex IdPattern();
}
