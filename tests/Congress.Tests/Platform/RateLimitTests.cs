using System.Net;
using System.Net.Http.Json;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Platform;

/// <remarks>An app for each test: each sets its own limit and counts from the first request.</remarks>
public sealed class RateLimitTests
{
    private static async Task<HttpStatusCode> LoginAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/staff/login")
        {
            Content = JsonContent.Create(new { email = "guess@example.org", password = "guess" }),
        };
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task ForgedForwardedEntriesDoNotEscapeTheSignInLimit()
    {
        // Hosted: the proxy in front appends the real client last; anything before it is the caller's.
        await using var app = await AppFactory.CreateAsync(new Dictionary<string, string?>
        {
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "7999", ["App:LoginAttemptsPerMinute"] = "5",
        });
        var client = app.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++) answers.Add(await LoginAsync(client, $"198.51.100.{i}, 203.0.113.9"));
        var otherClient = await LoginAsync(client, "198.51.100.1, 203.0.113.10");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5).Concat([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]), answers);
        Assert.Equal(HttpStatusCode.Unauthorized, otherClient);
    }

    [Fact]
    public async Task StandaloneIgnoresForwardedHeadersEntirely()
    {
        await using var app = await AppFactory.CreateAsync(new Dictionary<string, string?> { ["App:LoginAttemptsPerMinute"] = "3" });
        var client = app.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) answers.Add(await LoginAsync(client, $"203.0.113.{i}"));

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Fact]
    public async Task RetryAfterIsWhatIsLeftOfTheClientsWindow()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await AppFactory.CreateAsync(new Dictionary<string, string?> { ["App:LoginAttemptsPerMinute"] = "2" },
            services => services.AddSingleton<TimeProvider>(clock));
        var client = app.CreateClient();
        async Task<(HttpStatusCode, string?)> TryAsync()
        {
            using var response = await client.PostAsJsonAsync("/api/staff/login", new { email = "guess@example.org", password = "guess" });
            return (response.StatusCode, response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await TryAsync();
        clock.Advance(TimeSpan.FromSeconds(10));
        await TryAsync();
        var full = await TryAsync();
        clock.Advance(TimeSpan.FromSeconds(35.5));
        var later = await TryAsync();
        clock.Advance(TimeSpan.FromSeconds(14.5) - TimeSpan.FromTicks(1));
        var lastTick = await TryAsync();
        clock.Advance(TimeSpan.FromTicks(1));
        var open = await TryAsync();

        Assert.Equal((HttpStatusCode.TooManyRequests, "50"), full);
        Assert.Equal((HttpStatusCode.TooManyRequests, "15"), later);
        Assert.Equal((HttpStatusCode.TooManyRequests, "1"), lastTick);
        Assert.Equal(HttpStatusCode.Unauthorized, open.Item1);
    }
}
