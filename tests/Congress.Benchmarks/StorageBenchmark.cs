using System.Diagnostics;
using Azure.Data.Tables;
using Congress.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Congress.Benchmarks;

/// <summary>
/// The raw Azurite reference: conditional (ETag) updates per second, one writer and 16 writers on
/// their own rows, through the same helper features use. Later benchmarks state their figures as
/// a ratio of these, measured in the same run.
/// </summary>
public sealed class StorageBenchmark : IBenchmark
{
    private const int SequentialUpdates = 1000;
    private const int Writers = 16;
    private const int UpdatesPerWriter = 150;

    public string Name => "storage";
    public string Description => "conditional table updates per second, sequential and 16-way concurrent";

    public async Task<IReadOnlyDictionary<string, object>> RunAsync(BenchmarkContext context)
    {
        var table = await CountersAsync(context);

        var sequential = Stopwatch.StartNew();
        var latencies = await RunWriterAsync(table, "w0", SequentialUpdates);
        sequential.Stop();
        var perSecondSequential = SequentialUpdates / sequential.Elapsed.TotalSeconds;
        Console.WriteLine($"sequential: {SequentialUpdates} updates in {sequential.ElapsedMilliseconds} ms " +
                          $"= {perSecondSequential:F0}/s, p95 {Stats.Percentile(latencies, 95):F1} ms");

        var concurrent = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => RunWriterAsync(table, $"w{w}", UpdatesPerWriter)));
        concurrent.Stop();
        var total = Writers * UpdatesPerWriter;
        var perSecondConcurrent = total / concurrent.Elapsed.TotalSeconds;
        Console.WriteLine($"{Writers}-way: {total} updates in {concurrent.ElapsedMilliseconds} ms = {perSecondConcurrent:F0}/s");

        await table.DeleteAsync();
        return new Dictionary<string, object>
        {
            ["cond_updates_per_s_seq"] = Math.Round(perSecondSequential),
            ["cond_updates_per_s_16"] = Math.Round(perSecondConcurrent),
            ["seq_p95_ms"] = Math.Round(Stats.Percentile(latencies, 95), 1),
        };
    }

    /// <summary>The reference other benchmarks divide by: sequential conditional updates per second.</summary>
    public static async Task<double> SequentialRateAsync(BenchmarkContext context, int updates)
    {
        var table = await CountersAsync(context);
        var clock = Stopwatch.StartNew();
        await RunWriterAsync(table, "w0", updates);
        var rate = updates / clock.Elapsed.TotalSeconds;
        await table.DeleteAsync();
        return rate;
    }

    private static async Task<TableClient> CountersAsync(BenchmarkContext context)
    {
        var storage = new StorageAccount(Options.Create(new StorageOptions
        {
            ConnectionString = context.StorageConnectionString,
            Prefix = "bench" + Guid.NewGuid().ToString("N")[..8],
        }));
        var table = storage.Table("Counters");
        await table.CreateIfNotExistsAsync();
        for (var writer = 0; writer < Writers; writer++)
            await table.AddEntityAsync(new TableEntity("counters", $"w{writer}") { ["Value"] = 0 });
        await RunWriterAsync(table, "w0", 50); // warm-up: connections and JIT
        return table;
    }

    private static async Task<List<double>> RunWriterAsync(TableClient table, string row, int updates)
    {
        var latencies = new List<double>(updates);
        for (var i = 0; i < updates; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await table.UpdateConditionallyAsync<TableEntity>("counters", row, entity =>
            {
                entity["Value"] = entity.GetInt32("Value")!.Value + 1;
                return true;
            });
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return latencies;
    }
}
