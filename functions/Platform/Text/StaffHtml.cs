using Ganss.Xss;

namespace Congress.Platform.Text;

/// <summary>HTML written by staff (presentations, terms, templates), cleaned before it is stored or shown.</summary>
public static class StaffHtml
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Clean(string? html) => string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(html).Trim();

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        // Links open outside the form; nothing may run scripts, load frames or post forms.
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = Keep(e.SanitizedUrl, IsImage(e.Tag?.TagName));
        return sanitizer;
    }

    private static bool IsImage(string? tag) => string.Equals(tag, "img", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Beyond the scheme check: "//evil.example" (and its backslash spellings, which browsers read
    /// alike) is another site with no scheme to refuse, so it goes; an image may only come from our
    /// own site (a path), never from elsewhere: a remote image tells its server who reads the page.
    /// </summary>
    internal static string? Keep(string? url, bool image)
    {
        if (url is null) return null;
        var trimmed = url.Trim();
        if (trimmed.Length >= 2 && trimmed[0] is '/' or '\\' && trimmed[1] is '/' or '\\') return null; // "//", "\\", "/\", "\/"
        if (image && HasScheme(trimmed)) return null;
        return url;
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }
}
