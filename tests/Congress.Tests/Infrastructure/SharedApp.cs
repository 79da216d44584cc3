using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Infrastructure;

/// <summary>
/// One app for every test of a class, as a class fixture (<c>IClassFixture&lt;DemoApp&gt;</c>): xunit starts
/// it before the class's first test and disposes it after the last. The tests of a class run one at a
/// time and classes in parallel, each class on its own app. A test on a shared app creates its own data
/// (event, provider, account, email address with a fresh id) and asserts on that, never on the count of
/// a table the other tests of its class write to; a test that needs an app of its own (its own settings,
/// a restart, a whole table to itself) still starts one with <see cref="AppFactory.CreateAsync"/>.
/// </summary>
public abstract class SharedApp(IDictionary<string, string?>? settings = null, bool withMail = false) : IAsyncLifetime
{
    public static IDictionary<string, string?> WithDemoEvent => new Dictionary<string, string?> { ["App:LoadDemoEvent"] = "true" };

    public AppFactory App { get; private set; } = null!;

    /// <summary>The app's settings: those given, or what a fixture builds (a double's address).</summary>
    protected virtual IDictionary<string, string?> Settings => settings ?? new Dictionary<string, string?>();

    /// <summary>Services the fixture replaces, as <see cref="AppFactory.CreateAsync"/>'s callback.</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    public virtual async Task InitializeAsync()
    {
        // All test clients call from one address and a shared app counts them all: the sign-in and
        // public rate limits would trip on the sum of the class's tests. The tests of those limits
        // (RateLimitTests, two of LinkRequestTests) run on apps of their own; the account lockout
        // counts per account, and each test signs in with accounts of its own.
        var all = new Dictionary<string, string?>
        {
            ["App:LoginAttemptsPerMinute"] = "100000",
            ["App:PublicRequestsPerMinute"] = "100000",
        };
        foreach (var (key, value) in Settings) all[key] = value;
        App = await AppFactory.CreateAsync(all, ConfigureServices, withMail);
    }

    public virtual async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// A shared app under a <see cref="FakeTimeProvider"/>. Tests move it forward only, by their own
/// amounts from its current time, and sign in again after moving it past a session's life.
/// </summary>
public abstract class ClockedSharedApp(IDictionary<string, string?>? settings = null, bool withMail = false)
    : SharedApp(settings, withMail)
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

/// <summary>The app with nothing loaded.</summary>
public sealed class PlainApp() : SharedApp;

/// <summary>The app with the demo event (the seed's Saint-Étienne seminar).</summary>
public sealed class DemoApp() : SharedApp(WithDemoEvent);

/// <summary>The app with nothing loaded, under a fake clock.</summary>
public sealed class ClockedApp() : ClockedSharedApp;

/// <summary>The demo event under a fake clock, sending its emails to MailDev.</summary>
public sealed class ClockedDemoAppWithMail() : ClockedSharedApp(WithDemoEvent, withMail: true);
