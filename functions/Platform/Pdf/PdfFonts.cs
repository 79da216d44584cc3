using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Congress.Platform.Pdf;

/// <summary>
/// The bundled Latin subset of DejaVu Sans, loaded once and shared by every document
/// (SKTypeface is immutable and thread-safe). SkiaSharp's NoDependencies native assets have no
/// default font: text drawn without these typefaces silently vanishes, so a missing file is an error.
/// </summary>
public static class PdfFonts
{
    internal const string RegularFile = "DejaVuSans-Latin.ttf";
    internal const string BoldFile = "DejaVuSans-Bold-Latin.ttf";

    private static readonly Lazy<PdfTypefaces> Shared = new(
        () => PdfTypefaces.LoadFrom(Path.Combine(AppContext.BaseDirectory, "Platform", "Pdf", "Fonts")),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the typefaces now; call it at start-up so that a missing font fails the start, not a document.</summary>
    public static void EnsureLoaded() => _ = Shared.Value;

    internal static SKTypeface Regular => Shared.Value.Regular;

    internal static SKTypeface Bold => Shared.Value.Bold;

    /// <summary>
    /// Makes text drawable: composes accents (NFC), keeps line feeds, turns tabs into spaces, drops other
    /// control and format characters, and replaces every character the subset lacks by '?', so that a
    /// name typed in another script shows as '?' instead of vanishing.
    /// </summary>
    internal static string Sanitize(string text)
    {
        var covered = Shared.Value.Covered;
        var result = new StringBuilder(text.Length);
        foreach (var rune in WellFormed(text).Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value == '\n')
                result.Append('\n');
            else if (rune.Value == '\t')
                result.Append(' ');
            else if (category is UnicodeCategory.Control or UnicodeCategory.Format)
                continue;
            else if (rune.IsBmp && covered.Contains((char)rune.Value))
                result.Append((char)rune.Value);
            else
                result.Append('?');
        }
        return result.ToString();
    }

    // string.Normalize throws on a lone surrogate; EnumerateRunes turns it into U+FFFD (then '?').
    private static string WellFormed(string text) =>
        text.Any(char.IsSurrogate) ? string.Concat(text.EnumerateRunes().Select(r => r.ToString())) : text;
}
