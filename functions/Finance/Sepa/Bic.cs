using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Congress.Platform.Problems;

namespace Congress.Finance.Sepa;

/// <summary>
/// The bank's code (BIC), optional in SEPA since 2016: the IBAN alone routes the payment. Checked
/// with the schema's own pattern, which is stricter than "8 or 11 letters and digits": the location's
/// first character is never 0 or 1 and its second never O, so a BIC accepted here never fails the file.
/// </summary>
public static partial class Bic
{
    /// <summary>
    /// Blank text is no BIC (true, <paramref name="bic"/> null); otherwise the upper-case form without
    /// spaces, or an error naming <paramref name="field"/>.
    /// </summary>
    public static bool TryParse(string? text, string field, out string? bic, [NotNullWhen(false)] out FieldError? error)
    {
        bic = null;
        error = null;
        var value = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (value.Length == 0) return true;
        if (value.Length is not (8 or 11))
            error = FieldError.Invalid(field, Message.Fr($"BIC invalide : 8 ou 11 caractères attendus, {value.Length} reçus.")
                .En($"Invalid BIC: 8 or 11 characters expected, {value.Length} given."));
        else if (!Pattern().IsMatch(value))
            error = FieldError.Invalid(field, Message.Fr("BIC invalide : 4 lettres (banque), 2 lettres (pays), 2 lettres ou chiffres (lieu), et 3 facultatifs (agence).")
                .En("Invalid BIC: 4 letters (bank), 2 letters (country), 2 letters or digits (location), and 3 optional (branch)."));
        else bic = value;
        return error is null;
    }

    [GeneratedRegex("^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$")]
    private static partial Regex Pattern();
}
