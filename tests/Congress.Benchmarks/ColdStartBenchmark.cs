using System.Diagnostics;

namespace Congress.Benchmarks;

/// <summary>
/// Process start to the first 200 from /api/health in standalone mode against a running Azurite,
/// through the native launcher the Functions host starts (host.json's defaultExecutablePath).
/// </summary>
public sealed class ColdStartBenchmark : IBenchmark
{
    private const int Runs = 7;

    public string Name => "coldstart";
    public string Description => "process start to first 200 from /api/health (target < 1000 ms)";

    public async Task<IReadOnlyDictionary<string, object>> RunAsync(BenchmarkContext context)
    {
        // What Azure starts (the packaged app: self-contained, ReadyToRun) and what ./run starts.
        var packaged = Path.Combine(context.Root, ".artifacts", "functionapp", "app", "Congress.Functions");
        var built = Path.Combine(context.Root, "functions", "bin", "Release", "net10.0", "Congress.Functions");
        var package = await MeasureAsync("package", packaged, context);
        var build = await MeasureAsync("build", built, context);
        return new Dictionary<string, object>
        {
            ["ready_ms"] = Math.Round(Stats.Percentile(package, 50)),
            ["ready_ms_max"] = Math.Round(package.Max()),
            ["ready_ms_build"] = Math.Round(Stats.Percentile(build, 50)),
            ["runs"] = Runs,
        };
    }

    private static async Task<List<double>> MeasureAsync(string label, string launcher, BenchmarkContext context)
    {
        if (!File.Exists(launcher)) throw new InvalidOperationException($"{launcher} not found: ./bench builds and packages it");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var times = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            times.Add(await MeasureOnceAsync(launcher, context, http));
            Console.WriteLine($"{label} run {run + 1}: ready in {times[^1]:F0} ms");
        }
        // The first run pays for a cold disk cache; the median says what a restart costs.
        Console.WriteLine($"{label}: median {Stats.Percentile(times, 50):F0} ms, min {times.Min():F0} ms, max {times.Max():F0} ms");
        return times;
    }

    private static async Task<double> MeasureOnceAsync(string launcher, BenchmarkContext context, HttpClient http)
    {
        var port = BenchmarkContext.FreePort();
        var info = new ProcessStartInfo(launcher)
        {
            // An empty folder, so that no developer's local.settings.json is picked up.
            WorkingDirectory = Directory.CreateTempSubdirectory("coldstart-").FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["App__ListenUrl"] = $"http://127.0.0.1:{port}";
        info.Environment["Storage__ConnectionString"] = context.StorageConnectionString;
        info.Environment["Storage__Prefix"] = "cold" + Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the app");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (process.HasExited) throw new InvalidOperationException($"the app exited with code {process.ExitCode}");
                try
                {
                    using var response = await http.GetAsync($"http://127.0.0.1:{port}/api/health");
                    if ((int)response.StatusCode == 200) return clock.Elapsed.TotalMilliseconds;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                await Task.Delay(5);
            }
            throw new TimeoutException("no 200 from /api/health within 60 s");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
