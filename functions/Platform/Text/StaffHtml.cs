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
        return sanitizer;
    }
}
