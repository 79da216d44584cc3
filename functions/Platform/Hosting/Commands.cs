using Congress.Platform.Packaging;

namespace Congress.Platform.Hosting;

/// <summary>The app's command-line verbs, run instead of the web server.</summary>
public static class Commands
{
    /// <summary><c>package DIR</c>: one folder with function.json per function of the catalogue.</summary>
    public static int Package(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Congress.Functions package OUTPUT_DIR");
            return 2;
        }
        var app = App.Build([]);
        app.Services.GetRequiredService<FunctionPackager>().Write(args[1]);
        Console.WriteLine($"function.json files written to {Path.GetFullPath(args[1])}");
        return 0;
    }
}
