using System.Net.Http.Json;

namespace Congress.Benchmarks;

/// <summary>
/// The app as the HTTP benchmarks use it: Release build, standalone, the demo event, rate limits
/// lifted, the local trigger host off, and a client signed in as its admin.
/// </summary>
public sealed class DemoApp : IAsyncDisposable
{
    public const string EventId = "cluster-tourisme-saint-etienne";
    private const string AdminEmail = "bench-admin@congres.localhost";
    private const string AdminPassword = "bench-admin-password";

    private DemoApp(AppProcess process, HttpClient http) => (Process, Http) = (process, http);

    public AppProcess Process { get; }
    public HttpClient Http { get; }

    public static async Task<DemoApp> StartAsync(BenchmarkContext context, int connections)
    {
        var process = await AppProcess.StartAsync(AppProcess.BuiltLauncher(context), context, new Dictionary<string, string>
        {
            ["App__LoadDemoEvent"] = "true",
            ["App__PublicRequestsPerMinute"] = "1000000",
            ["Auth__BootstrapAdminEmail"] = AdminEmail,
            ["Auth__BootstrapAdminPassword"] = AdminPassword,
            ["Triggers__Enabled"] = "false",
        });
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = true })
            { BaseAddress = process.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        (await http.PostAsJsonAsync("api/staff/login", new { email = AdminEmail, password = AdminPassword })).EnsureSuccessStatusCode();
        return new DemoApp(process, http);
    }

    /// <summary>Sets the capacity of one stock row of the demo event (a night, or "total").</summary>
    public async Task SetStockAsync(string productId, string slot, int capacity) =>
        (await Http.PutAsJsonAsync($"api/admin/events/{EventId}/products/{productId}/stock",
            new { slots = new Dictionary<string, int> { [slot] = capacity } })).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Process.DisposeAsync();
    }
}
