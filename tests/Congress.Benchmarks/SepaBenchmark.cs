using System.Diagnostics;
using System.Xml;
using Congress.Finance.Sepa;

namespace Congress.Benchmarks;

/// <summary>
/// A payout file of 10,000 transfers (accented and hostile names, long remittances, half with a BIC):
/// built and validated against the schema as <see cref="SepaFile.Build"/> does before any release,
/// against a reference from the same run: writing the same file and reading it back without validation.
/// </summary>
public sealed class SepaBenchmark : IBenchmark
{
    private const int Payments = 10_000;
    private const int Samples = 5;

    private static readonly string[] Names =
        ["Hôtel de l’Europe & Spa", "Brasserie « Chez Zoé »", "Ölmühle Straße GmbH", "Łódź Øresund Æbeltoft", "東京 Tokyo Café 😀",
         "Restaurant La Mère Brazier", "Société Générale d’Événements <SGE>", "Traiteur Françoise Müller-Œhlenschläger"];

    public string Name => "sepa";
    public string Description => "SEPA payout file of 10,000 transfers built and validated against the XSD, peak memory";

    public Task<IReadOnlyDictionary<string, object>> RunAsync(BenchmarkContext context)
    {
        var batch = Batch();
        var clock = Stopwatch.StartNew();
        var bytes = SepaFile.Build(batch).Length; // the first build also loads the schema and compiles the code
        var firstMs = clock.Elapsed.TotalMilliseconds;

        var buildTimes = new double[Samples];
        var referenceTimes = new double[Samples];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var s = 0; s < Samples; s++)
        {
            clock.Restart();
            bytes = SepaFile.Build(batch).Length;
            if (s == 0) allocatedBefore = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            buildTimes[s] = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            WriteThenRead(batch);
            referenceTimes[s] = clock.Elapsed.TotalMilliseconds;
        }
        var allocatedMb = allocatedBefore / (1024.0 * 1024.0);
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        var (buildMs, referenceMs) = (Stats.Percentile(buildTimes, 50), Stats.Percentile(referenceTimes, 50));
        Console.WriteLine($"{Payments:N0} transfers, {bytes / 1024:N0} KiB: built and validated in {buildMs:F0} ms (median of {Samples}; " +
                          $"first run {firstMs:F0} ms with the schema's loading); written and read back without validation in " +
                          $"{referenceMs:F0} ms (×{buildMs / referenceMs:F1}); {allocatedMb:F0} MB allocated per build; peak working set {peakMb:F0} MB");
        return Task.FromResult<IReadOnlyDictionary<string, object>>(new Dictionary<string, object>
        {
            ["build_validate_ms"] = Math.Round(buildMs),
            ["write_read_ms"] = Math.Round(referenceMs),
            ["validate_ratio"] = Math.Round(buildMs / referenceMs, 2),
            ["first_ms"] = Math.Round(firstMs),
            ["peak_mb"] = Math.Round(peakMb),
            ["allocated_mb_per_build"] = Math.Round(allocatedMb),
            ["payments"] = Payments,
            ["file_kb"] = bytes / 1024,
        });
    }

    /// <summary>The reference: the same rules and writer, the file read back by a plain XmlReader.</summary>
    private static void WriteThenRead(SepaTransferBatch batch)
    {
        using var file = new MemoryStream(2_048 + 640 * batch.Payments.Count); // sized as SepaFile.Build sizes it
        Pain001Writer.Write(SepaBatchRules.Prepare(batch), file);
        file.Position = 0;
        using var reader = XmlReader.Create(file);
        while (reader.Read()) { }
    }

    private static SepaTransferBatch Batch()
    {
        var payments = Enumerable.Range(0, Payments).Select(i => new SepaPayment(
            $"PAYOUT-2027-{i:D6}",
            15m + i % 4_000 + i % 100 / 100m,
            $"{Names[i % Names.Length]} {i}",
            Iban.FromBban("FR", $"30006{i % 100_000:D5}{i:D11}{i % 89 + 10:D2}"),
            i % 2 == 0 ? "BNPAFRPP" : null,
            $"Reversement congrès n° {i} – {Names[(i + 3) % Names.Length]} – nuitées, repas et salles du 24 au 27 mars, facture F-{i:D6}"))
            .ToList();
        return new SepaTransferBatch("PAYOUTS-2027-03-28-01", new DateTimeOffset(2027, 3, 28, 9, 0, 0, TimeSpan.FromHours(2)),
            new SepaParty("Association Congrès Santé", Iban.FromBban("FR", "30006000011234567890189"), "BNPAFRPP"),
            new DateOnly(2027, 3, 30), "PAYOUTS-2027-03-28-01-A", payments);
    }
}
