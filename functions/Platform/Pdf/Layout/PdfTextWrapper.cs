using System.Text;
using SkiaSharp;

namespace Congress.Platform.Pdf.Layout;

/// <summary>
/// Greedy word wrapping: breaks at spaces (never at non-breaking spaces, nor inside « guillemets »
/// or before : ; ! ? € % as French typesetting wants), honours line feeds, and cuts a word wider
/// than the line (long e-mail addresses, references) preferably after - / . @ _.
/// </summary>
internal static class PdfTextWrapper
{
    private const string Ellipsis = "…";
    private static readonly HashSet<string> GluedToPrevious = ["»", ":", ";", "!", "?", "€", "%"];
    private static readonly char[] PreferredCuts = ['-', '/', '.', '@', '_'];

    public static List<string> Wrap(SKFont font, string text, float width, int maxLines = int.MaxValue)
    {
        var lines = new List<string>();
        foreach (var hardLine in text.Split('\n'))
            WrapHardLine(font, hardLine, width, lines);
        if (lines.Count > maxLines)
        {
            lines.RemoveRange(maxLines, lines.Count - maxLines);
            lines[^1] = WithEllipsis(font, lines[^1], width);
        }
        return lines;
    }

    private static void WrapHardLine(SKFont font, string hardLine, float width, List<string> lines)
    {
        var spaceWidth = font.MeasureText(" ");
        var line = new StringBuilder();
        var lineWidth = 0f;
        foreach (var word in Words(hardLine))
        {
            var wordWidth = font.MeasureText(word);
            if (line.Length > 0 && lineWidth + spaceWidth + wordWidth <= width)
            {
                line.Append(' ').Append(word);
                lineWidth += spaceWidth + wordWidth;
                continue;
            }
            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            var rest = word.AsSpan();
            while (rest.Length > 1 && font.MeasureText(rest) > width)
            {
                var fits = Math.Max(1, font.BreakText(rest, width));
                var cut = rest[..fits].LastIndexOfAny(PreferredCuts);
                if (cut > 0 && cut < fits - 1)
                    fits = cut + 1;
                lines.Add(rest[..fits].ToString());
                rest = rest[fits..];
            }
            line.Append(rest);
            lineWidth = font.MeasureText(rest);
        }
        lines.Add(line.ToString());
    }

    private static List<string> Words(string hardLine)
    {
        var words = new List<string>();
        var glueNext = false;
        foreach (var token in hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count > 0 && (glueNext || GluedToPrevious.Contains(token)))
                words[^1] += " " + token;
            else
                words.Add(token);
            glueNext = token == "«";
        }
        return words;
    }

    private static string WithEllipsis(SKFont font, string line, float width)
    {
        var room = width - font.MeasureText(Ellipsis);
        var fits = font.BreakText(line, Math.Max(0f, room));
        return line[..fits].TrimEnd() + Ellipsis;
    }
}
