using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Platform.Triggers;

/// <summary>
/// Hosted mode: the Functions host POSTs <c>{Data, Metadata}</c> to <c>/{FunctionName}</c> for each
/// timer tick and queue message. We answer <c>{Outputs, Logs, ReturnValue}</c>, or 500 so that the
/// host retries the message and, after the last attempt, moves it to the poison queue.
/// </summary>
public static class CustomHandlerEndpoints
{
    public const string TimerBinding = "timer";
    public const string QueueBinding = "message";

    public static void MapCustomHandlerFunctions(this IEndpointRouteBuilder app, TriggerCatalogue catalogue)
    {
        // Only the Functions host calls these: outside HTTP reaches the app through the catch-all
        // function under the "api" route prefix, never /{FunctionName}. So they take no sign-in.
        var host = app.MapGroup("").AllowAnonymous();
        foreach (var timer in catalogue.Timers)
            host.MapPost("/" + timer.Name, (InvocationRequest request, FunctionInvoker invoker, TimeProvider time,
                    CancellationToken ct) => RunAsync(() => invoker.RunTimerAsync(timer, ToTimerContext(timer, request, time), ct)))
                .ExcludeFromDescription();

        foreach (var queue in catalogue.Queues)
            host.MapPost("/" + queue.Name, (InvocationRequest request, FunctionInvoker invoker, CancellationToken ct) =>
                    RunAsync(() => invoker.RunQueueAsync(queue, ToQueueMessage(queue, request), ct)))
                .ExcludeFromDescription();
    }

    /// <summary>A failure answers 500 so that the Functions host retries the invocation (and finally poisons the message).</summary>
    private static async Task<Results<Ok<InvocationResponse>, JsonHttpResult<InvocationResponse>>> RunAsync(Func<Task> run)
    {
        try
        {
            await run();
            return TypedResults.Ok(new InvocationResponse());
        }
        catch (Exception e)
        {
            return TypedResults.Json(new InvocationResponse { Logs = [e.Message] }, statusCode: 500);
        }
    }

    internal static TimerContext ToTimerContext(TimerFunction timer, InvocationRequest request, TimeProvider time)
    {
        var pastDue = request.Data.TryGetValue(TimerBinding, out var info) && info.ValueKind == JsonValueKind.Object
                      && info.TryGetProperty("IsPastDue", out var due) && due.ValueKind == JsonValueKind.True;
        return new TimerContext(timer.Name, time.GetUtcNow(), pastDue);
    }

    internal static QueueMessageContext ToQueueMessage(QueueFunction queue, InvocationRequest request)
    {
        var body = request.Data.TryGetValue(QueueBinding, out var data) ? Text(data) ?? "" : "";
        return new QueueMessageContext(queue.Name, queue.Queue,
            MetadataString(request, "Id") ?? "",
            body,
            long.TryParse(MetadataString(request, "DequeueCount"), out var count) ? count : 1);
    }

    private static string? MetadataString(InvocationRequest request, string name) =>
        request.Metadata.TryGetValue(name, out var value) ? Text(value) : null;

    /// <summary>
    /// The host serialises string inputs once more before sending them, so a message can arrive as a
    /// JSON string that holds a JSON string literal: that extra layer is unwrapped here. Objects and
    /// numbers are taken as written.
    /// </summary>
    internal static string? Text(JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return null;
        if (value.ValueKind != JsonValueKind.String) return value.GetRawText();
        var text = value.GetString() ?? "";
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            try
            {
                return JsonSerializer.Deserialize<string>(text) ?? text;
            }
            catch (JsonException)
            {
                return text;
            }
        }
        return text;
    }
}

/// <summary>The Functions host's invocation payload.</summary>
public sealed class InvocationRequest
{
    public Dictionary<string, JsonElement> Data { get; set; } = new();
    public Dictionary<string, JsonElement> Metadata { get; set; } = new();
}

/// <summary>The answer the Functions host expects from a custom handler.</summary>
public sealed class InvocationResponse
{
    [JsonPropertyName("Outputs")] public Dictionary<string, object?> Outputs { get; set; } = new();
    [JsonPropertyName("Logs")] public List<string> Logs { get; set; } = [];
    [JsonPropertyName("ReturnValue")] public object? ReturnValue { get; set; }
}
