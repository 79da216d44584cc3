using System.Diagnostics;
using Congress.Catalog;
using Congress.Platform.Storage;
using Congress.RoomBlocks;
using Microsoft.Extensions.Options;

namespace Congress.Benchmarks;

/// <summary>
/// Room blocks at the size of a big congress: the summary of a request sent to 60 hotels for 10
/// nights and 6 room types, every hotel having answered (read from storage, built, written as
/// XLSX), and a rooming list of 2,000 guests written as PDF, with the process's peak memory.
/// </summary>
public sealed class RoomBlocksBenchmark : IBenchmark
{
    private const int Providers = 60;
    private const int Nights = 10;
    private const int Guests = 2000;
    private const int Samples = 5;
    private const string EventId = "bench-event";

    public string Name => "roomblocks";
    public string Description => "summary of 60 hotels × 10 nights × 6 room types (XLSX), rooming list PDF of 2,000 guests, peak memory";

    public async Task<IReadOnlyDictionary<string, object>> RunAsync(BenchmarkContext context)
    {
        var storage = new StorageAccount(Options.Create(new StorageOptions
        {
            ConnectionString = context.StorageConnectionString, Prefix = "b" + Guid.NewGuid().ToString("N")[..9],
        }));
        foreach (var table in new[] { RoomBlockRequestRow.Table, RoomBlockAnswerRow.Table, CatalogKeys.ProvidersTable, Sequence.Table })
            await storage.Table(table).CreateIfNotExistsAsync();
        var store = new RoomBlockStore(storage, TimeProvider.System);
        var first = new DateOnly(2027, 6, 1);
        var ids = Enumerable.Range(0, Providers).Select(i => $"hotel-{i:D2}").ToList();
        await Task.WhenAll(ids.Select(id => storage.Table(CatalogKeys.ProvidersTable).AddEntityAsync(new ProviderEntity
        {
            RowKey = id, Name = $"Hôtel {id}", City = "Saint-Étienne", Email = $"{id}@hotels.example",
        })));
        var request = await store.CreateAsync(EventId, new CreateRoomBlockInput(first, first.AddDays(Nights - 1),
            RoomTypes.All.Select(t => new RoomTypeAskInput(t, true)).ToArray(), first.AddDays(-60), first.AddDays(-20), [.. ids], null).ToCommand(),
            "bench", CancellationToken.None);
        var nights = request.Nights();
        await Task.WhenAll(ids.Select((id, i) => store.SaveAnswerAsync(request.Number, id,
            nights.SelectMany(n => RoomTypes.All.Select(t => new RoomOffer(t, n, 5 + i % 20, 60m + i))).ToList(), "", submit: true,
            CancellationToken.None)));

        var summaryTimes = new double[Samples];
        var rows = 0;
        for (var s = 0; s < Samples; s++)
        {
            var clock = Stopwatch.StartNew();
            var stored = (await store.FindAsync(EventId, request.Number, CancellationToken.None))!;
            var summary = RoomBlockSummary.Build(stored, await store.AnswersAsync(request.Number, CancellationToken.None),
                await store.ProvidersAsync(CancellationToken.None));
            var xlsx = summary.ToXlsx();
            summaryTimes[s] = clock.Elapsed.TotalMilliseconds;
            rows = summary.Rows.Count;
            if (xlsx.Length == 0) throw new InvalidOperationException("empty summary");
        }

        var entries = Enumerable.Range(0, Guests).Select(i => new RoomingEntry($"{i + 1:D8}", "Confirmed",
            $"Participant{i} Benchmark, Accompagnant{i} Benchmark", first.AddDays(i % 3), first.AddDays(i % 3 + 2 + i % 4),
            RoomTypes.Labels[RoomTypes.All[i % 6]], "Chambre double — chambre et petit déjeuner", 2, 2 + i % 4)).ToList();
        var list = new RoomingList("Congrès de benchmark", "Hôtel hotel-00", entries, DateTimeOffset.UtcNow);
        var pdfTimes = new double[Samples];
        long pdfBytes = 0;
        for (var s = 0; s < Samples; s++)
        {
            var clock = Stopwatch.StartNew();
            using var pdf = new MemoryStream();
            list.WritePdf(pdf);
            pdfTimes[s] = clock.Elapsed.TotalMilliseconds;
            pdfBytes = pdf.Length;
        }
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        var (summaryMs, pdfMs) = (Stats.Percentile(summaryTimes, 50), Stats.Percentile(pdfTimes, 50));
        Console.WriteLine($"summary of {rows} hotels × {nights.Count} nights × {RoomTypes.All.Count} types: {summaryMs:F0} ms (median of {Samples}); " +
                          $"rooming list of {Guests} guests: {pdfMs:F0} ms, {pdfBytes / 1024} KiB; peak working set {peakMb:F0} MB");
        return new Dictionary<string, object>
        {
            ["summary_ms"] = Math.Round(summaryMs),
            ["rooming_pdf_ms"] = Math.Round(pdfMs),
            ["peak_mb"] = Math.Round(peakMb),
            ["providers"] = rows,
            ["guests"] = Guests,
        };
    }
}
