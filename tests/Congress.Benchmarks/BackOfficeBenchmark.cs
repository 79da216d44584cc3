using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Congress.Benchmarks;

/// <summary>
/// The staff list of an event with 5,000 registrations made through the public form: time to
/// serve the first page (with counts and totals over every registration) and a full CSV export.
/// </summary>
public sealed class BackOfficeBenchmark : IBenchmark
{
    private const int Registrations = 5000;
    private const int Concurrency = 16;
    private const int Samples = 7;
    private const string EventId = DemoApp.EventId;

    public string Name => "backoffice";
    public string Description => "5,000 registrations: first page of the staff list and a full CSV export (ms)";

    public async Task<IReadOnlyDictionary<string, object>> RunAsync(BenchmarkContext context)
    {
        await using var app = await DemoApp.StartAsync(context, Concurrency);
        var http = app.Http;
        await app.SetStockAsync("evening-ot-wed", "total", Registrations);

        var seeding = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(Concurrency);
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, Registrations).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                using var response = await http.PostAsJsonAsync($"api/events/{EventId}/registrations", Submit(i));
                if (response.StatusCode != HttpStatusCode.Created) Interlocked.Increment(ref failures);
            }
            finally
            {
                gate.Release();
            }
        }));
        Console.WriteLine($"{Registrations} registrations submitted in {seeding.Elapsed.TotalSeconds:F0} s ({failures} not created)");

        var list = $"api/admin/events/{EventId}/registrations?page=1&pageSize=50";
        // The first read of an instance loads every digest; later ones ask only for what changed.
        var cold = Stopwatch.StartNew();
        var count = (await http.GetFromJsonAsync<JsonElement>(list)).GetProperty("count").GetInt32();
        var firstPageCold = cold.Elapsed.TotalMilliseconds;
        var firstPage = await MedianAsync(http, list);
        var search = await MedianAsync(http, $"api/admin/events/{EventId}/registrations?q=participant4999&status=AwaitingPayment");
        var csv = await MedianAsync(http, $"api/admin/events/{EventId}/registrations.csv", samples: 3);
        var csvLines = (await http.GetStringAsync($"api/admin/events/{EventId}/registrations.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        Console.WriteLine($"list of {count}: first page {firstPageCold:F0} ms on a fresh instance, then {firstPage:F0} ms, search {search:F0} ms; CSV of {csvLines} rows {csv:F0} ms (medians)");
        return new Dictionary<string, object>
        {
            ["registrations"] = count,
            ["first_page_ms"] = Math.Round(firstPage),
            ["first_page_cold_ms"] = Math.Round(firstPageCold),
            ["search_ms"] = Math.Round(search),
            ["csv_export_ms"] = Math.Round(csv),
            ["csv_rows"] = csvLines,
            ["errors"] = failures,
        };
    }

    private static async Task<double> MedianAsync(HttpClient http, string url, int samples = Samples)
    {
        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return Stats.Percentile(times, 50);
    }

    private static object Submit(int i) => new
    {
        clientKey = $"backoffice-{i}-{Guid.NewGuid():N}",
        participants = new[] { new { lastName = $"Participant{i}", firstName = "Bench", organisation = $"Organisation {i % 97}", companion = (object?)null } },
        lines = new object[]
        {
            new { productId = "fee", persons = new[] { "p0" } },
            new { productId = "evening-ot-wed", persons = new[] { "p0" } },
        },
        contact = new
        {
            email = $"bench{i}@example.org", lastName = $"Participant{i}", firstName = "Bench", address = "1 rue du Test",
            postalCode = "42000", city = "Saint-Étienne", country = i % 5 == 0 ? "BE" : "FR", professional = false,
        },
        paymentMethod = "cheque",
        acceptTerms = true,
    };
}
