using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Congress.Benchmarks;

/// <summary>
/// 500 attendees submit registrations over HTTP at once for an event with 100 room-nights left:
/// throughput, latency, and the proof that exactly 100 got a room and none was oversold.
/// </summary>
public sealed class RushBenchmark : IBenchmark
{
    private const int Attendees = 500;
    private const int RoomNights = 100;
    // Attendees in flight at once, like the 16 writers of the storage reference.
    private const int Concurrency = 16;
    private const string EventId = DemoApp.EventId;
    private const string Room = "musee-single";

    public string Name => "rush";
    public string Description => "500 attendees over HTTP for 100 room-nights: registrations/s, p50/p95, sold, oversold";

    public async Task<IReadOnlyDictionary<string, object>> RunAsync(BenchmarkContext context)
    {
        var reference = await StorageBenchmark.SequentialRateAsync(context, 500);
        Console.WriteLine($"reference: {reference:F0} conditional updates/s on this Azurite");
        await using var app = await DemoApp.StartAsync(context, Concurrency);
        var http = app.Http;
        var night = await PrepareAsync(app);

        var latencies = new double[Attendees];
        var statuses = new HttpStatusCode[Attendees];
        using var gate = new SemaphoreSlim(Concurrency);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Attendees).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync($"api/events/{EventId}/registrations", Submit(i, night));
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                statuses[i] = response.StatusCode;
            }
            finally
            {
                gate.Release();
            }
        }));
        clock.Stop();

        var created = statuses.Count(s => s == HttpStatusCode.Created);
        var refused = statuses.Count(s => s == HttpStatusCode.Conflict);
        var stock = await http.GetFromJsonAsync<JsonElement>($"api/admin/events/{EventId}/stock");
        var row = stock.EnumerateArray().Single(r => r.GetProperty("productId").GetString() == Room && r.GetProperty("slot").GetString() == night);
        var taken = row.GetProperty("held").GetInt32() + row.GetProperty("sold").GetInt32();
        var perSecond = (created + refused) / clock.Elapsed.TotalSeconds;
        var (p50, p95) = (Stats.Percentile(latencies, 50), Stats.Percentile(latencies, 95));
        Console.WriteLine($"{Attendees} submits in {clock.ElapsedMilliseconds} ms: {created} registered, {refused} refused (409), " +
                          $"{Attendees - created - refused} other; {perSecond:F1}/s, p50 {p50:F0} ms, p95 {p95:F0} ms");
        Console.WriteLine($"room-nights taken {taken} of {RoomNights}; registrations holding one: {created}");
        double P95Of(HttpStatusCode status) => Stats.Percentile(latencies.Where((_, i) => statuses[i] == status).ToArray(), 95);
        Console.WriteLine($"p95 of registered submits {P95Of(HttpStatusCode.Created):F0} ms, of refused ones {P95Of(HttpStatusCode.Conflict):F0} ms");
        if (taken != created) Console.WriteLine("MISMATCH: the stock counter and the registrations disagree");
        return new Dictionary<string, object>
        {
            ["registrations_per_s"] = Math.Round(perSecond, 1),
            ["p50_ms"] = Math.Round(p50),
            ["p95_ms"] = Math.Round(p95),
            ["sold"] = created,
            ["oversold"] = Math.Max(0, taken - RoomNights) + Math.Max(0, created - RoomNights),
            ["floor_ratio"] = Math.Round(perSecond / reference, 3),
            ["errors"] = Attendees - created - refused,
            ["concurrency"] = Concurrency,
        };
    }

    /// <summary>Leaves 100 nights in one room type and enough of everything else.</summary>
    private static async Task<string> PrepareAsync(DemoApp app)
    {
        var form = await app.Http.GetFromJsonAsync<JsonElement>($"api/events/{EventId}/form");
        var night = form.GetProperty("event").GetProperty("startDate").GetString()!;
        await app.SetStockAsync(Room, night, RoomNights);
        await app.SetStockAsync("evening-ot-wed", "total", Attendees);
        return night;
    }

    private static object Submit(int i, string night) => new
    {
        clientKey = $"rush-{i}-{Guid.NewGuid():N}",
        participants = new[] { new { lastName = $"Participant{i}", firstName = "Rush", organisation = "Bench", companion = (object?)null } },
        lines = new object[]
        {
            new { productId = "fee", persons = new[] { "p0" } },
            new { productId = Room, persons = new[] { "p0" }, arrival = night, nights = 1 },
            new { productId = "evening-ot-wed", persons = new[] { "p0" } },
        },
        contact = new
        {
            email = $"rush{i}@example.org", lastName = $"Participant{i}", firstName = "Rush", address = "1 rue du Test",
            postalCode = "42000", city = "Saint-Étienne", country = "FR", professional = false,
        },
        paymentMethod = "cheque",
        acceptTerms = true,
    };
}
