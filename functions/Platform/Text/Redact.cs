using System.Text.RegularExpressions;

namespace Congress.Platform.Text;

/// <summary>Takes personal data out of text that goes to logs or error columns (a server's error message, say).</summary>
public static partial class Redact
{
    public const string EmailMark = "[email]";

    public static string Emails(string? text) => string.IsNullOrEmpty(text) ? "" : EmailPattern().Replace(text, EmailMark);

    [GeneratedRegex(@"[^\s<>""'(),;:\[\]]+@[^\s<>""'(),;:\[\]]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
