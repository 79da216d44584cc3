using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Platform.Triggers;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Tests.Platform;

/// <summary>Hosted mode: the Functions host's exact invocation payloads run our handlers.</summary>
public sealed class CustomHandlerContractTests(CustomHandlerContractTests.HostedApp fixture)
    : IClassFixture<CustomHandlerContractTests.HostedApp>, IAsyncLifetime
{
    private readonly AppFactory _app = fixture.App;
    private readonly HttpClient _host = fixture.App.CreateClient();

    /// <summary>Hosted mode with the test functions.</summary>
    public sealed class HostedApp() : SharedApp(new Dictionary<string, string?> { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "7999" })
    {
        protected override void ConfigureServices(IServiceCollection services) => TestFunctions.Register(services);
    }

    // The tests assert on everything the functions saw and on the whole poison queue: both start empty for each.
    public async Task InitializeAsync()
    {
        _app.Get<Recorder>().Clear();
        await _app.Storage.Queue(TriggerCatalogue.PoisonQueue(TestFunctions.GreetingQueue)).ClearMessagesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task QueueInvocationRunsTheHandlerAndAnswersOutputsLogsReturnValue()
    {
        // The host sends the message text as a JSON string and metadata values as strings.
        var payload = """
            {
              "Data": { "message": "{\"name\":\"Élodie\"}" },
              "Metadata": { "DequeueCount": "1", "Id": "6f1c", "InsertionTime": "2026-11-24T09:00:00+00:00",
                            "sys": { "MethodName": "Greet", "UtcNow": "2026-11-24T09:00:01Z", "RandGuid": "x" } }
            }
            """;

        var response = await _host.PostAsync("/Greet", new StringContent(payload, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.TryGetProperty("Outputs", out _));
        Assert.True(body.TryGetProperty("Logs", out _));
        Assert.True(body.TryGetProperty("ReturnValue", out _));
        Assert.Equal(["Élodie"], _app.Get<Recorder>().Bodies);
    }

    [Fact]
    public async Task DoubleEncodedQueueMessageAndMetadataAreUnwrapped()
    {
        // The host can serialise string inputs once more: the message text arrives as a JSON string
        // holding a JSON string literal, and so does each metadata value.
        var message = JsonSerializer.Serialize(JsonSerializer.Serialize(new Greeting("Noël")));
        var payload = JsonSerializer.Serialize(new
        {
            Data = new { message },
            Metadata = new { DequeueCount = "\"2\"", Id = "\"7a2e\"" },
        });

        var response = await _host.PostAsync("/Greet", new StringContent(payload, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(_app.Get<Recorder>().Messages);
        Assert.Equal(["Noël"], _app.Get<Recorder>().Bodies);
        Assert.Equal(2, received.DequeueCount);
        Assert.Equal("7a2e", received.MessageId);
    }

    [Fact]
    public async Task TimerInvocationRunsTheJob()
    {
        var payload = """
            { "Data": { "timer": { "Schedule": { "AdjustForDST": true }, "ScheduleStatus": null, "IsPastDue": true } },
              "Metadata": { "sys": { "MethodName": "EveryMinute", "UtcNow": "2026-11-24T09:01:00Z" } } }
            """;

        var response = await _host.PostAsync("/EveryMinute", new StringContent(payload, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tick = Assert.Single(_app.Get<Recorder>().Ticks);
        Assert.Equal("EveryMinute", tick.FunctionName);
        Assert.True(tick.IsPastDue);
    }

    [Fact]
    public async Task FailingHandlerAnswers500SoThatTheHostRetries()
    {
        var response = await _host.PostAsJsonAsync("/AlwaysFail",
            new { Data = new { message = "{}" }, Metadata = new { DequeueCount = "3" } });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("always fails", body.GetProperty("Logs")[0].GetString());
    }

    [Fact]
    public async Task UnreadableMessageGoesToThePoisonQueueAndIsAcknowledged()
    {
        var response = await _host.PostAsJsonAsync("/Greet", new { Data = new { message = "not json" }, Metadata = new { } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var poison = _app.Storage.Queue(TriggerCatalogue.PoisonQueue(TestFunctions.GreetingQueue));
        var messages = (await poison.ReceiveMessagesAsync(10)).Value;
        Assert.Equal("not json", Assert.Single(messages).Body.ToString());
        Assert.Empty(_app.Get<Recorder>().Bodies);
    }

    [Fact]
    public async Task UnknownFunctionIsNotFound()
    {
        var response = await _host.PostAsJsonAsync("/NoSuchFunction", new { Data = new { }, Metadata = new { } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
