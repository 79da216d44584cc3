using System.Diagnostics;

namespace Congress.Benchmarks;

/// <summary>The app started as its own process in standalone mode, stopped on dispose.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, Uri baseAddress, double readyMs)
    {
        _process = process;
        BaseAddress = baseAddress;
        ReadyMs = readyMs;
    }

    public Uri BaseAddress { get; }

    /// <summary>From process start to the first 200 from /api/health.</summary>
    public double ReadyMs { get; }

    public static string BuiltLauncher(BenchmarkContext context) =>
        Path.Combine(context.Root, "functions", "bin", "Release", "net10.0", "Congress.Functions");

    public static async Task<AppProcess> StartAsync(string launcher, BenchmarkContext context,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        if (!File.Exists(launcher)) throw new InvalidOperationException($"{launcher} not found: ./bench builds and packages it");
        var port = BenchmarkContext.FreePort();
        var info = new ProcessStartInfo(launcher)
        {
            // An empty folder, so that no developer's local.settings.json is picked up.
            WorkingDirectory = Directory.CreateTempSubdirectory("bench-app-").FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["App__ListenUrl"] = $"http://127.0.0.1:{port}";
        info.Environment["Storage__ConnectionString"] = context.StorageConnectionString;
        info.Environment["Storage__Prefix"] = "b" + Guid.NewGuid().ToString("N")[..9];
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) info.Environment[key] = value;
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the app");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) throw new InvalidOperationException($"the app exited with code {process.ExitCode}");
            try
            {
                using var response = await http.GetAsync(new Uri(address, "api/health"));
                if ((int)response.StatusCode == 200) return new AppProcess(process, address, clock.Elapsed.TotalMilliseconds);
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(5);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("no 200 from /api/health within 60 s");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
