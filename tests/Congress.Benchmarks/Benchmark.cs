using System.Net;
using System.Net.Sockets;

namespace Congress.Benchmarks;

public interface IBenchmark
{
    string Name { get; }
    string Description { get; }

    /// <summary>Runs, prints a human summary, and returns the figures for the JSON line.</summary>
    Task<IReadOnlyDictionary<string, object>> RunAsync(BenchmarkContext context);
}

/// <summary>What ./bench hands over: the Azurite it started and where the built app is.</summary>
public sealed record BenchmarkContext(string StorageConnectionString, string Root)
{
    public static BenchmarkContext FromEnvironment() => new(
        Environment.GetEnvironmentVariable("BENCH_STORAGE_CONNECTION")
            ?? throw new InvalidOperationException("BENCH_STORAGE_CONNECTION is not set: run through ./bench"),
        Environment.GetEnvironmentVariable("BENCH_ROOT") ?? Directory.GetCurrentDirectory());

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public static class Stats
{
    public static double Percentile(IReadOnlyList<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        var index = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
