using System.Net.Http.Json;
using Congress.Platform.Hosting;
using Congress.Platform.Storage;
using Congress.Staff;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Tests.Infrastructure;

/// <summary>
/// The real app in memory against the shared Azurite, with its own storage prefix. The local
/// trigger host is off unless a test turns it on, so tests drive queues and timers themselves.
/// </summary>
public sealed class AppFactory(IDictionary<string, string?> settings, Action<IServiceCollection>? services)
    : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    /// <summary>The storage prefix: the one given in the settings (a restart of the same app), else a new one.</summary>
    public string Prefix { get; } = settings.TryGetValue("Storage:Prefix", out var given) && given is not null
        ? given : "t" + Guid.NewGuid().ToString("N")[..10];

    public static async Task<AppFactory> CreateAsync(IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null, bool withMail = false)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await LocalServices.StorageConnectionStringAsync(),
            ["Triggers:Enabled"] = "false",
            ["App:LoadDemoEvent"] = "false",
        };
        if (withMail)
        {
            var mail = await LocalServices.MailDevAsync();
            all["Smtp:Host"] = "127.0.0.1";
            all["Smtp:Port"] = mail.SmtpPort.ToString();
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var factory = new AppFactory(all, services);
        _ = factory.Server; // start now: storage is created before the first test runs
        await factory.Get<StartupWork>().Done;
        RecordStart(factory.Prefix);
        return factory;
    }

    /// <summary>Appends each started app's prefix to the file named by CONGRESS_TEST_APPS_LOG, if set: how many apps a run starts.</summary>
    private static void RecordStart(string prefix)
    {
        if (Environment.GetEnvironmentVariable(AppsLogVariable) is { Length: > 0 } path)
            lock (AppsLogLock) File.AppendAllText(path, prefix + "\n");
    }

    private const string AppsLogVariable = "CONGRESS_TEST_APPS_LOG";
    private static readonly Lock AppsLogLock = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(
            new Dictionary<string, string?>(settings) { ["Storage:Prefix"] = Prefix }));
        if (services is not null) builder.ConfigureTestServices(services);
    }

    public StorageAccount Storage => Services.GetRequiredService<StorageAccount>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A new staff member with the given roles and <see cref="Password"/>; returns its email.</summary>
    public async Task<string> StaffAccountAsync(params string[] roles)
    {
        var email = $"{string.Join("-", roles).ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await Get<StaffAccountStore>().CreateAsync(new NewStaffAccount(email, "Test " + string.Join(" ", roles), Password, roles),
            CancellationToken.None);
        return email;
    }

    /// <summary>A client signed in as a new staff member with the given roles.</summary>
    public async Task<HttpClient> SignedInClientAsync(params string[] roles)
    {
        var email = await StaffAccountAsync(roles);
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/staff/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        return client;
    }
}
