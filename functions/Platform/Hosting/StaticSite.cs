using Microsoft.Extensions.FileProviders;

namespace Congress.Platform.Hosting;

/// <summary>Standalone mode serves the built front end at the same origin as the API.</summary>
public static class StaticSite
{
    private static readonly string BuiltSite = Path.Combine("static-web", "dist");

    public static void UseStaticSite(this WebApplication app, AppOptions options)
    {
        var root = options.StaticWebRoot is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Folders.FindUpward(AppContext.BaseDirectory, BuiltSite) ?? Folders.FindUpward(Directory.GetCurrentDirectory(), BuiltSite);
        if (root is null || !Directory.Exists(root))
        {
            app.Logger.LogWarning("No built front end found (static-web/dist); only the API is served");
            return;
        }
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
    }
}
