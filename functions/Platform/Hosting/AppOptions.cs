namespace Congress.Platform.Hosting;

/// <summary>Settings section "App".</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>Where Kestrel listens in standalone mode.</summary>
    public string ListenUrl { get; set; } = "http://127.0.0.1:7071";

    /// <summary>The address people use, for links in emails (the Static Web App's in Azure).</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:7071";

    /// <summary>Built front end served in standalone mode; found next to the repository when empty.</summary>
    public string? StaticWebRoot { get; set; }

    /// <summary>Loads the seed's Saint-Étienne seminar at start-up (idempotent).</summary>
    public bool LoadDemoEvent { get; set; }

    /// <summary>Requests per minute and client address on public endpoints.</summary>
    public int PublicRequestsPerMinute { get; set; } = 300;

    /// <summary>Sign-in attempts per minute and client address.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;
}

/// <summary>Hosted when the Functions host runs us (it sets the port); standalone otherwise.</summary>
public sealed record AppMode(bool Hosted, int? CustomHandlerPort)
{
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static AppMode Detect(IConfiguration configuration) =>
        int.TryParse(configuration[PortVariable], out var port) ? new AppMode(true, port) : new AppMode(false, null);
}
