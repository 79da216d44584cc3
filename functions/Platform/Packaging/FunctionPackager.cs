using System.Text.Json;
using System.Text.Json.Nodes;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.Platform.Packaging;

/// <summary>
/// Writes one folder per function with its <c>function.json</c>, generated from the trigger
/// catalogue so that what Azure runs can never drift from what the code declares.
/// </summary>
public sealed class FunctionPackager(TriggerCatalogue catalogue, StorageAccount storage)
{
    public const string StorageConnection = "AzureWebJobsStorage";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public IReadOnlyDictionary<string, JsonObject> Describe()
    {
        var functions = new Dictionary<string, JsonObject>(StringComparer.Ordinal)
        {
            [TriggerCatalogue.HttpFunctionName] = Bindings(
                new JsonObject
                {
                    ["type"] = "httpTrigger", ["direction"] = "in", ["name"] = "req", ["authLevel"] = "anonymous",
                    ["methods"] = new JsonArray("get", "post", "put", "patch", "delete", "head", "options"),
                    ["route"] = "{*route}",
                },
                new JsonObject { ["type"] = "http", ["direction"] = "out", ["name"] = "res" }),
        };
        foreach (var timer in catalogue.Timers)
            functions[timer.Name] = Bindings(new JsonObject
            {
                ["type"] = "timerTrigger", ["direction"] = "in", ["name"] = CustomHandlerEndpoints.TimerBinding,
                ["schedule"] = timer.Schedule,
            });
        foreach (var queue in catalogue.Queues)
            functions[queue.Name] = Bindings(new JsonObject
            {
                ["type"] = "queueTrigger", ["direction"] = "in", ["name"] = CustomHandlerEndpoints.QueueBinding,
                ["queueName"] = storage.QueueName(queue.Queue), ["connection"] = StorageConnection,
            });
        return functions;
    }

    public void Write(string outputDirectory)
    {
        foreach (var (name, function) in Describe())
        {
            var folder = Path.Combine(outputDirectory, name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "function.json"), function.ToJsonString(Indented) + "\n");
        }
    }

    private static JsonObject Bindings(params JsonObject[] bindings) =>
        new() { ["bindings"] = new JsonArray(bindings.Cast<JsonNode>().ToArray()) };
}
