using System.Collections.Frozen;
using SkiaSharp;

namespace Congress.Platform.Pdf;

/// <summary>The two bundled typefaces and the characters both of them can draw.</summary>
internal sealed record PdfTypefaces(SKTypeface Regular, SKTypeface Bold, FrozenSet<char> Covered)
{
    public static PdfTypefaces LoadFrom(string directory)
    {
        var regular = Load(Path.Combine(directory, PdfFonts.RegularFile));
        var bold = Load(Path.Combine(directory, PdfFonts.BoldFile));
        return new PdfTypefaces(regular, bold, CoveredByBoth(regular, bold));
    }

    private static SKTypeface Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"PDF font missing: '{path}'. It must be copied to the output (see Platform/Pdf/Fonts/make-subset.sh); without it PDF text would silently vanish.",
                path);
        return SKTypeface.FromFile(path)
            ?? throw new InvalidOperationException($"PDF font '{path}' could not be read as a TrueType font.");
    }

    private static FrozenSet<char> CoveredByBoth(SKTypeface regular, SKTypeface bold)
    {
        var codePoints = Enumerable.Range(0, char.MaxValue + 1).ToArray();
        using var regularFont = new SKFont(regular);
        using var boldFont = new SKFont(bold);
        var regularGlyphs = regularFont.GetGlyphs(codePoints);
        var boldGlyphs = boldFont.GetGlyphs(codePoints);
        var covered = codePoints
            .Where(c => regularGlyphs[c] != 0 && boldGlyphs[c] != 0 && !char.IsSurrogate((char)c))
            .Select(c => (char)c)
            .ToFrozenSet();
        if (!covered.Contains('A') || !covered.Contains('€'))
            throw new InvalidOperationException("PDF fonts do not cover Latin text; regenerate them with make-subset.sh.");
        return covered;
    }
}
