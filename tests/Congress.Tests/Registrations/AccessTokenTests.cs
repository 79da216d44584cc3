using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Registrations;

/// <summary>A registration's access token opens it for a lifetime counted from when it was issued.</summary>
/// <remarks>Its app of its own: a token lifetime setting and a clock set to the token's last tick.</remarks>
public sealed class AccessTokenTests : IAsyncLifetime
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private AppFactory _app = null!;

    public async Task InitializeAsync() =>
        _app = await AppFactory.CreateAsync(new Dictionary<string, string?>
        {
            ["App:LoadDemoEvent"] = "true", ["Registrations:AccessTokenLifetime"] = "30.00:00:00",
        }, services => services.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ATokenOpensItsRegistrationUntilTheTickBeforeItsLifetimeEndsThenLooksLikeAWrongOne()
    {
        var client = _app.CreateClient();
        var demo = await DemoBaskets.ReadAsync(client);
        var email = $"token-{Guid.NewGuid():N}@example.org";
        var issuedAt = _clock.GetUtcNow();
        var created = await (await client.PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/registrations",
            demo.Submit("k-" + email, "cheque", email))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("registrationId").GetString()!;
        var token = Uri.EscapeDataString(created.GetProperty("accessToken").GetString()!);
        Task<HttpResponseMessage> ReadAsync(string t) => client.GetAsync($"/api/registrations/{id}?token={t}");

        _clock.SetUtcNow(issuedAt + Lifetime - TimeSpan.FromTicks(1));
        var lastTick = await ReadAsync(token);
        _clock.SetUtcNow(issuedAt + Lifetime);
        var atEnd = await ReadAsync(token);
        _clock.SetUtcNow(issuedAt + Lifetime + TimeSpan.FromTicks(1));
        var after = await ReadAsync(token);
        var wrong = await ReadAsync(token[..^2] + "xx");

        Assert.Equal(HttpStatusCode.OK, lastTick.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, atEnd.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(await ProblemAsync(wrong), await ProblemAsync(after));
    }

    /// <summary>The answer without its trace id, which differs for every request.</summary>
    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        var problem = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await response.Content.ReadAsStringAsync())!;
        problem.Remove("traceId");
        return JsonSerializer.Serialize(problem);
    }
}
