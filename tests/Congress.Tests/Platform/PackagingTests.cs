using System.Text.Json;
using Congress.Platform.Packaging;
using Congress.Platform.Triggers;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Platform;

public sealed class PackagingTests
{
    [Fact]
    public async Task EveryFunctionOfTheCatalogueGetsAMatchingFunctionJson()
    {
        await using var app = await AppFactory.CreateAsync(services: TestFunctions.Register); // the only test here that needs an app
        var catalogue = app.Get<TriggerCatalogue>();
        var output = Directory.CreateTempSubdirectory("package-").FullName;

        app.Get<FunctionPackager>().Write(output);

        var folders = Directory.GetDirectories(output).Select(d => Path.GetFileName(d)!).Order().ToList();
        var expected = catalogue.Timers.Select(t => t.Name).Concat(catalogue.Queues.Select(q => q.Name))
            .Append(TriggerCatalogue.HttpFunctionName).Order().ToList();
        Assert.Equal(expected, folders);
        Assert.Contains("SendEmail", folders);
        Assert.Contains("OutboxSweep", folders);

        foreach (var timer in catalogue.Timers)
        {
            var binding = Trigger(output, timer.Name);
            Assert.Equal("timerTrigger", binding.GetProperty("type").GetString());
            Assert.Equal(timer.Schedule, binding.GetProperty("schedule").GetString());
            Assert.Equal(CustomHandlerEndpoints.TimerBinding, binding.GetProperty("name").GetString());
        }
        foreach (var queue in catalogue.Queues)
        {
            var binding = Trigger(output, queue.Name);
            Assert.Equal("queueTrigger", binding.GetProperty("type").GetString());
            Assert.Equal(app.Storage.QueueName(queue.Queue), binding.GetProperty("queueName").GetString());
            Assert.Equal("AzureWebJobsStorage", binding.GetProperty("connection").GetString());
            Assert.Equal(CustomHandlerEndpoints.QueueBinding, binding.GetProperty("name").GetString());
        }
        var http = Trigger(output, TriggerCatalogue.HttpFunctionName);
        Assert.Equal("httpTrigger", http.GetProperty("type").GetString());
        Assert.Equal("{*route}", http.GetProperty("route").GetString());
        Assert.Equal("anonymous", http.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void HostJsonRunsTheAppAsACustomHandlerWithForwardedHttp()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Repository.PathTo("host.json")));
        var root = host.RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("[4.*, 5.0.0)", root.GetProperty("extensionBundle").GetProperty("version").GetString());
        var handler = root.GetProperty("customHandler");
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("app/Congress.Functions", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        // Public HTTP reaches only /api/*: the host's invocation paths (POST /{Function}) stay private.
        Assert.Equal("api", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.Equal(TriggerCatalogue.MaxDequeueCount, root.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32());
    }

    private static JsonElement Trigger(string output, string function)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, function, "function.json")));
        return document.RootElement.GetProperty("bindings")[0].Clone();
    }
}
