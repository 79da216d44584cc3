namespace Congress.Benchmarks;

/// <summary>
/// Process start to the first 200 from /api/health in standalone mode against a running Azurite,
/// through the native launcher the Functions host starts (host.json's defaultExecutablePath).
/// </summary>
public sealed class ColdStartBenchmark : IBenchmark
{
    private const int Runs = 7;

    public string Name => "coldstart";
    public string Description => "process start to first 200 from /api/health (target ≤ 700 ms median, package)";

    public async Task<IReadOnlyDictionary<string, object>> RunAsync(BenchmarkContext context)
    {
        // What Azure starts (the packaged app: self-contained, composite ReadyToRun) and what ./run starts.
        var packaged = Path.Combine(context.Root, ".artifacts", "functionapp", "app", "Congress.Functions");
        var built = AppProcess.BuiltLauncher(context);
        var package = await MeasureAsync("package", packaged, context);
        var build = await MeasureAsync("build", built, context);
        return new Dictionary<string, object>
        {
            ["ready_ms"] = Math.Round(Stats.Percentile(package, 50)),
            ["ready_ms_first"] = Math.Round(package[0]),
            ["ready_ms_max"] = Math.Round(package.Max()),
            ["ready_ms_build"] = Math.Round(Stats.Percentile(build, 50)),
            ["runs"] = Runs,
        };
    }

    private static async Task<List<double>> MeasureAsync(string label, string launcher, BenchmarkContext context)
    {
        var times = new List<double>();
        // One storage prefix for every run: the first start creates the tables, queues and containers
        // (a deployment's first start), the others find them, as every later cold start in Azure does.
        var storage = new Dictionary<string, string> { ["Storage__Prefix"] = "c" + Guid.NewGuid().ToString("N")[..9] };
        for (var run = 0; run < Runs; run++)
        {
            await using var app = await AppProcess.StartAsync(launcher, context, storage);
            times.Add(app.ReadyMs);
            Console.WriteLine($"{label} run {run + 1}: ready in {times[^1]:F0} ms");
        }
        // The first run pays for a cold disk cache and for creating storage; the median says what a restart costs.
        Console.WriteLine($"{label}: median {Stats.Percentile(times, 50):F0} ms, min {times.Min():F0} ms, max {times.Max():F0} ms");
        return times;
    }
}
