using System.Net;
using System.Net.Http.Json;
using Congress.Platform.Auth;
using Congress.Staff;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Staff;

/// <summary>Wrong passwords lock the address they come from, not the account's owner elsewhere.</summary>
public sealed class StaffLockoutTests(StaffLockoutTests.HostedApp fixture) : IClassFixture<StaffLockoutTests.HostedApp>
{
    private readonly FakeTimeProvider _clock = fixture.Clock;
    private readonly AppFactory _app = fixture.App;
    private readonly HttpClient _client = fixture.App.CreateClient();

    /// <summary>Hosted mode: the client address is the last X-Forwarded-For entry, which the tests choose (each its own).</summary>
    public sealed class HostedApp() : ClockedSharedApp(new Dictionary<string, string?> { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "7998" });

    private async Task<string> AdminAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";
        await _app.Get<StaffAccountStore>().CreateAsync(new NewStaffAccount(email, "Admin", AppFactory.Password, [Roles.Admin]), CancellationToken.None);
        return email;
    }

    private async Task<HttpStatusCode> LoginAsync(string from, string email, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/staff/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", from);
        return (await _client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task AnAttackerElsewhereCannotLockTheAdminOut()
    {
        var admin = await AdminAsync();

        for (var i = 0; i < StaffAccountStore.MaxFailures; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync("198.51.100.7", admin, "guess " + i));
        var attackerWithThePassword = await LoginAsync("198.51.100.7", admin, AppFactory.Password);
        var adminAtHerDesk = await LoginAsync("203.0.113.20", admin, AppFactory.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, attackerWithThePassword);
        Assert.Equal(HttpStatusCode.OK, adminAtHerDesk);
    }

    [Fact]
    public async Task AGuessSpreadOverManyAddressesClosesTheAccountToNewAddressesOnly()
    {
        var admin = await AdminAsync();
        Assert.Equal(HttpStatusCode.OK, await LoginAsync("203.0.113.20", admin, AppFactory.Password)); // her usual address

        for (var i = 0; i < StaffAccountStore.MaxFailuresAnywhere; i++)
            await LoginAsync($"198.51.100.{i / (StaffAccountStore.MaxFailures - 1)}", admin, "guess " + i);
        var newAddress = await LoginAsync("192.0.2.55", admin, AppFactory.Password);
        var knownAddress = await LoginAsync("203.0.113.20", admin, AppFactory.Password);
        _clock.Advance(StaffAccountStore.LockFor - TimeSpan.FromTicks(1));
        var newAddressLastTick = await LoginAsync("192.0.2.55", admin, AppFactory.Password);
        _clock.Advance(TimeSpan.FromTicks(1));
        var newAddressAfter = await LoginAsync("192.0.2.55", admin, AppFactory.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, newAddress);
        Assert.Equal(HttpStatusCode.OK, knownAddress);
        Assert.Equal(HttpStatusCode.TooManyRequests, newAddressLastTick);
        Assert.Equal(HttpStatusCode.OK, newAddressAfter);
    }
}
