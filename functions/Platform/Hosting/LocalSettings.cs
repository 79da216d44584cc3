using System.Text.Json;

namespace Congress.Platform.Hosting;

/// <summary>
/// Reads the "Values" of a Functions-style local.settings.json (found in the working directory or
/// one of its parents) in standalone mode, so that one file configures a laptop as app settings
/// configure Azure. "Storage__ConnectionString" becomes "Storage:ConnectionString".
/// </summary>
public static class LocalSettings
{
    public const string FileName = "local.settings.json";

    public static void AddLocalSettings(this ConfigurationManager configuration)
    {
        var path = Folders.FindUpward(Directory.GetCurrentDirectory(), FileName);
        if (path is null) return;
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (!document.RootElement.TryGetProperty("Values", out var values)) return;
        var settings = values.EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal),
                p => (string?)(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText()));
        configuration.AddInMemoryCollection(settings);
        // Real environment variables still win over the file.
        configuration.AddEnvironmentVariables();
    }
}
