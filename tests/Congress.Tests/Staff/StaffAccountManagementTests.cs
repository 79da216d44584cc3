using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Platform.Auth;
using Congress.Staff;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Staff;

public sealed class StaffAccountManagementTests(ClockedApp fixture) : IClassFixture<ClockedApp>
{
    private readonly FakeTimeProvider _clock = fixture.Clock;
    private readonly AppFactory _app = fixture.App;

    private async Task<string> AccountAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await _app.Get<StaffAccountStore>().CreateAsync(new NewStaffAccount(email, "Test", AppFactory.Password, [role]), CancellationToken.None);
        return email;
    }

    private Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/staff/login", new { email, password });

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountForFifteenMinutes()
    {
        var email = await AccountAsync(Roles.Staff);
        var client = _app.CreateClient();

        for (var i = 0; i < StaffAccountStore.MaxFailures; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, email, "wrong guess " + i)).StatusCode);
        var locked = await LoginAsync(client, email, AppFactory.Password);
        _clock.Advance(StaffAccountStore.LockFor - TimeSpan.FromSeconds(1));
        var stillLocked = await LoginAsync(client, email, AppFactory.Password);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var open = await LoginAsync(client, email, AppFactory.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillLocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    [Fact]
    public async Task ARightPasswordResetsTheCountOfWrongOnes()
    {
        var email = await AccountAsync(Roles.Staff);
        var client = _app.CreateClient();

        for (var i = 0; i < StaffAccountStore.MaxFailures - 1; i++) await LoginAsync(client, email, "wrong " + i);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(client, email, AppFactory.Password)).StatusCode);
        for (var i = 0; i < StaffAccountStore.MaxFailures - 1; i++) await LoginAsync(client, email, "wrong again " + i);

        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(_app.CreateClient(), email, AppFactory.Password)).StatusCode);
    }

    [Fact]
    public async Task ChangingThePasswordEndsTheOtherSessionsAtTheirNextCheck()
    {
        var email = await AccountAsync(Roles.Finance);
        var here = _app.CreateClient();
        var elsewhere = _app.CreateClient();
        await LoginAsync(here, email, AppFactory.Password);
        await LoginAsync(elsewhere, email, AppFactory.Password);

        var wrongCurrent = await here.PostAsJsonAsync("/api/staff/password", new { currentPassword = "nope", newPassword = "a brand new password" });
        var changed = await here.PostAsJsonAsync("/api/staff/password", new { currentPassword = AppFactory.Password, newPassword = "a brand new password" });
        _clock.Advance(StaffSession.RecheckEvery);

        Assert.Equal(HttpStatusCode.BadRequest, wrongCurrent.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/staff/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/staff/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(_app.CreateClient(), email, "a brand new password")).StatusCode);
    }

    [Fact]
    public async Task AdminChangesRolesAndDisablesButNotThemselves()
    {
        var adminEmail = await AccountAsync(Roles.Admin);
        var admin = _app.CreateClient();
        await LoginAsync(admin, adminEmail, AppFactory.Password);
        var staffEmail = await AccountAsync(Roles.Staff);
        var staff = _app.CreateClient();
        await LoginAsync(staff, staffEmail, AppFactory.Password);

        var promoted = await admin.PutAsJsonAsync($"/api/staff/accounts/{staffEmail}",
            new { displayName = "Promue", roles = new[] { Roles.Finance }, disabled = false });
        var selfDemotion = await admin.PutAsJsonAsync($"/api/staff/accounts/{adminEmail}",
            new { displayName = "Moi", roles = new[] { Roles.Staff }, disabled = false });
        _clock.Advance(StaffSession.RecheckEvery);
        var me = await staff.GetFromJsonAsync<JsonElement>("/api/staff/me");
        var disabled = await admin.PutAsJsonAsync($"/api/staff/accounts/{staffEmail}",
            new { displayName = "Promue", roles = new[] { Roles.Finance }, disabled = true });
        _clock.Advance(StaffSession.RecheckEvery);

        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, selfDemotion.StatusCode);
        Assert.Equal([Roles.Finance], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.GetAsync("/api/staff/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(_app.CreateClient(), staffEmail, AppFactory.Password)).StatusCode);
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/staff/accounts")).EnumerateArray().ToList();
        Assert.True(listed.Single(a => a.GetProperty("email").GetString() == staffEmail).GetProperty("disabled").GetBoolean());
        Assert.False(listed.Single(a => a.GetProperty("email").GetString() == adminEmail).GetProperty("disabled").GetBoolean());
    }
}
