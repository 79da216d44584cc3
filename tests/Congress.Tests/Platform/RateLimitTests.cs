using System.Net;
using System.Net.Http.Json;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Platform;

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
}
