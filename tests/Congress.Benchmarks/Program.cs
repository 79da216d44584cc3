using System.Text.Json;
using Congress.Benchmarks;

// ./bench NAME runs one benchmark (the script starts Azurite and passes its connection string);
// the last line printed is one JSON object with the figures.
IBenchmark[] benchmarks = [new ColdStartBenchmark(), new StorageBenchmark(), new RushBenchmark(), new BackOfficeBenchmark(), new RoomBlocksBenchmark(), new SepaBenchmark()];

var name = args.FirstOrDefault();
var benchmark = benchmarks.FirstOrDefault(b => b.Name == name);
if (benchmark is null)
{
    Console.WriteLine("Benchmarks (./bench NAME):");
    foreach (var b in benchmarks) Console.WriteLine($"  {b.Name,-12} {b.Description}");
    return name is null || name == "--list" ? 0 : 2;
}

var context = BenchmarkContext.FromEnvironment();
var figures = await benchmark.RunAsync(context);
var result = new Dictionary<string, object> { ["name"] = benchmark.Name };
foreach (var (key, value) in figures) result[key] = value;
Console.WriteLine(JsonSerializer.Serialize(result));
return 0;
