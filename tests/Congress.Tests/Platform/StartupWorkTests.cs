using System.Net;
using Congress.Platform.Hosting;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Congress.Tests.Platform;

/// <summary>
/// Start-up work runs beside the server's start, and requests wait for it: none meets storage or
/// first-run data that is not there yet.
/// </summary>
public sealed class StartupWorkTests
{
    private sealed class HeldTask(TaskCompletionSource release) : StartupTask(NullLogger.Instance)
    {
        public bool Ran { get; private set; }

        protected override async Task RunAsync(CancellationToken ct)
        {
            await release.Task.WaitAsync(ct);
            Ran = true;
        }
    }

    [Fact]
    public async Task ARequestWaitsUntilTheStartUpWorkIsDone()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new HeldTask(release);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await LocalServices.StorageConnectionStringAsync(),
            ["Triggers:Enabled"] = "false", ["App:LoadDemoEvent"] = "false",
        };
        await using var app = new AppFactory(settings, services => services.AddSingleton<StartupTask>(held));
        var client = app.CreateClient();

        var health = client.GetAsync("/api/health");
        var first = await Task.WhenAny(health, Task.Delay(TimeSpan.FromMilliseconds(500)));

        Assert.NotSame(health, first);
        Assert.False(held.Ran);
        release.SetResult();
        var answer = await health;
        Assert.True(held.Ran);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(app.Get<StartupWork>().Done.IsCompletedSuccessfully);
    }
}
