using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Platform.Auth;
using Congress.Platform.Storage;
using Congress.Staff;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Staff;

public sealed class StaffAuthTests(PlainApp fixture) : IClassFixture<PlainApp>
{
    private readonly AppFactory _app = fixture.App;

    [Fact]
    public async Task AnonymousCallToAnAdminEndpointIs401Problem()
    {
        var response = await _app.CreateClient().GetAsync("/api/staff/accounts");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task FinanceUserOnAnAdminEndpointIs403()
    {
        var finance = await _app.SignedInClientAsync(Roles.Finance);

        var response = await finance.GetAsync("/api/staff/accounts");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AdminCreatesAnAccountThatCanSignIn()
    {
        var admin = await _app.SignedInClientAsync(Roles.Admin);

        var created = await admin.PostAsJsonAsync("/api/staff/accounts",
            new { email = "Claire.Martin@Example.org", displayName = "Claire Martin", password = "un mot de passe long", roles = new[] { Roles.Staff } });
        var login = await _app.CreateClient().PostAsJsonAsync("/api/staff/login",
            new { email = "claire.martin@example.org", password = "un mot de passe long" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var member = await login.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([Roles.Staff], member.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task CreatingTheSameEmailTwiceIsAConflict()
    {
        var admin = await _app.SignedInClientAsync(Roles.Admin);
        var account = new { email = "dup@example.org", displayName = "Dup", password = "0123456789ab", roles = new[] { Roles.Staff } };

        await admin.PostAsJsonAsync("/api/staff/accounts", account);
        var second = await admin.PostAsJsonAsync("/api/staff/accounts", account);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordIs401AndSetsNoCookie()
    {
        await _app.SignedInClientAsync(Roles.Staff);
        var client = _app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/staff/login", new { email = "nobody@example.org", password = "wrong password" });
        var me = await client.GetAsync("/api/staff/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordOnAnExistingAccountIs401WithTheReason()
    {
        var admin = await _app.SignedInClientAsync(Roles.Admin);
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/staff/me");

        var response = await _app.CreateClient().PostAsJsonAsync("/api/staff/login",
            new { email = me.GetProperty("email").GetString(), password = AppFactory.Password + "!" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Email ou mot de passe incorrect.", problem.GetProperty("title_fr").GetString());
    }

    [Fact]
    public async Task EmailThatCannotBeAStorageKeyIsA400NotA500()
    {
        var login = await _app.CreateClient().PostAsJsonAsync("/api/staff/login", new { email = "a/b@example.org", password = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        var problem = await login.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["email"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task NullRoleIsRefused()
    {
        var admin = await _app.SignedInClientAsync(Roles.Admin);

        var response = await admin.PostAsJsonAsync("/api/staff/accounts",
            new { email = "null-role@example.org", displayName = "Nobody", password = "0123456789ab", roles = new string?[] { null } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await _app.Get<StaffAccountStore>().FindAsync("null-role@example.org", CancellationToken.None));
    }

    [Fact]
    public async Task DisabledAccountLosesItsOpenSessionWithinFiveMinutes()
    {
        // Its own app: the test moves the clock.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await AppFactory.CreateAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        var client = await app.SignedInClientAsync(Roles.Staff);
        var email = (await client.GetFromJsonAsync<JsonElement>("/api/staff/me")).GetProperty("email").GetString()!;
        await app.Storage.Table(StaffAccountStore.Table).UpdateConditionallyAsync<StaffAccount>(StaffAccount.Partition,
            StaffAccount.KeyFor(email), account =>
            {
                account.Disabled = true;
                return true;
            });

        var beforeRecheck = await client.GetAsync("/api/staff/me");
        clock.Advance(StaffSession.RecheckEvery);
        var afterRecheck = await client.GetAsync("/api/staff/me");

        Assert.Equal(HttpStatusCode.OK, beforeRecheck.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRecheck.StatusCode);
    }

    [Fact]
    public async Task SignedInStaffSeesItselfAndLogoutEndsTheSession()
    {
        var client = await _app.SignedInClientAsync(Roles.OperationsManager);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/staff/me");
        var logout = await client.PostAsync("/api/staff/logout", null);
        var after = await client.GetAsync("/api/staff/me");

        Assert.Equal([Roles.OperationsManager], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task InvalidAccountNamesEveryFieldAtFaultInFrenchAndEnglish()
    {
        var admin = await _app.SignedInClientAsync(Roles.Admin);

        var response = await admin.PostAsJsonAsync("/api/staff/accounts",
            new { email = "not-an-email", displayName = "", password = "short", roles = new[] { "Superuser" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Equal(["displayName", "email", "password", "roles"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("Adresse email invalide.", errors.GetProperty("email")[0].GetProperty("fr").GetString());
        Assert.Equal("Invalid email address.", errors.GetProperty("email")[0].GetProperty("en").GetString());
        Assert.Null(await _app.Get<StaffAccountStore>().FindAsync("not-an-email", CancellationToken.None));
    }

    [Fact]
    public async Task BootstrapSettingsCreateTheFirstAdminOnlyOnce()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:BootstrapAdminEmail"] = "first.admin@example.org",
            ["Auth:BootstrapAdminPassword"] = "first admin password",
        };
        // Its own app: the bootstrap settings, and the whole account table checked.
        await using var app = await AppFactory.CreateAsync(settings);

        var login = await app.CreateClient().PostAsJsonAsync("/api/staff/login",
            new { email = "first.admin@example.org", password = "first admin password" });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var accounts = await app.Get<StaffAccountStore>().ListAsync(CancellationToken.None);
        Assert.Equal([Roles.Admin], Assert.Single(accounts).RoleList);
    }
}
