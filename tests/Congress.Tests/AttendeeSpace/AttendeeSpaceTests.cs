using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Congress.Platform.Auth;
using Congress.Platform.Triggers;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.AttendeeSpace;

public sealed partial class AttendeeSpaceTests(ClockedDemoAppWithMail fixture) : IClassFixture<ClockedDemoAppWithMail>, IAsyncLifetime
{
    private const string Password = "mon mot de passe";
    private readonly FakeTimeProvider _clock = fixture.Clock;
    private readonly AppFactory _app = fixture.App;
    private DemoBaskets _demo = null!;
    private MailDev _mail = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoBaskets.ReadAsync(_app.CreateClient());
        _mail = await LocalServices.MailDevAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Registers; with a password, opens the attendee space the only way there is: the emailed link.</summary>
    private async Task<string> RegisterAsync(string email, string? password)
    {
        var input = JsonSerializer.SerializeToNode(_demo.Submit("k-" + Guid.NewGuid(), "cheque", email))!;
        input["contact"]!["createAccount"] = password is not null;
        var response = await _app.CreateClient().PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/registrations", input);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        if (password is not null)
        {
            var token = await LinkTokenAsync(email, 1);
            var chosen = await _app.CreateClient().PostAsJsonAsync("/api/attendee/password-reset/confirm", new { token, password });
            Assert.Equal(HttpStatusCode.NoContent, chosen.StatusCode);
        }
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registrationId").GetString()!;
    }

    /// <summary>The token of the newest password link sent to the address, once it has its nth email.</summary>
    private async Task<string> LinkTokenAsync(string email, int count)
    {
        await _app.Get<LocalTriggerHost>().PollOnceAsync(_app.Get<TriggerCatalogue>().FindQueue("SendEmail")!, CancellationToken.None);
        var mails = await _mail.WaitForEmailsAsync(email, count);
        var text = mails.Select(m => m.GetProperty("text").GetString()!).Last(t => TokenInLink().IsMatch(t));
        return TokenInLink().Matches(text)[0].Groups[1].Value;
    }

    [Fact]
    public async Task AskingForAnAccountWithSomeoneElsesAddressGivesNoAccess()
    {
        var victim = $"victim-{Guid.NewGuid():N}@example.org";
        await RegisterAsync(victim, password: null);
        // The attacker submits with the victim's address and asks for the attendee space.
        var input = JsonSerializer.SerializeToNode(_demo.Submit("k-" + Guid.NewGuid(), "cheque", victim))!;
        input["contact"]!["createAccount"] = true;
        input["contact"]!["password"] = "attacker password";
        await _app.CreateClient().PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/registrations", input);

        var attacker = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(attacker, victim, "attacker password")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.GetAsync("/api/attendee/registrations")).StatusCode);
        // The link went to the victim's mailbox, where only the victim reads it.
        Assert.NotEmpty(await LinkTokenAsync(victim, 1));
    }

    private async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        await client.PostAsJsonAsync("/api/attendee/login", new { email, password });

    [Fact]
    public async Task AttendeeSeesOnlyTheirOwnRegistrations()
    {
        var mine = $"mine-{Guid.NewGuid():N}@example.org";
        var theirs = $"theirs-{Guid.NewGuid():N}@example.org";
        var id = await RegisterAsync(mine, Password);
        await RegisterAsync(theirs, Password);
        var client = _app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(client, mine, Password)).StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/attendee/registrations");

        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal(id, only.GetProperty("registrationId").GetString());
        var token = only.GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/registrations/{id}?token={Uri.EscapeDataString(token)}")).StatusCode);
    }

    [Fact]
    public async Task WrongPasswordIsRefusedAndAttendeeAndStaffCookiesDoNotMix()
    {
        var email = $"mix-{Guid.NewGuid():N}@example.org";
        await RegisterAsync(email, Password);
        var attendee = _app.CreateClient();
        var staff = await _app.SignedInClientAsync(Roles.Admin);

        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(attendee, email, "pas le bon")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(attendee, email, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await attendee.GetAsync("/api/staff/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.GetAsync("/api/attendee/registrations")).StatusCode);
    }

    [Fact]
    public async Task ResetLinkWorksOnceBeforeItExpiresAndUnknownAddressesGetTheSameAnswer()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.org";
        await RegisterAsync(email, password: null); // registered without an account
        var client = _app.CreateClient();
        var before = (await _mail.EmailsToAsync(email)).Count;

        var unknown = await client.PostAsJsonAsync("/api/attendee/password-reset", new { email = $"nobody-{Guid.NewGuid():N}@example.org" });
        var known = await client.PostAsJsonAsync("/api/attendee/password-reset", new { email });
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        var token = await LinkTokenAsync(email, before + 1);

        var tampered = await client.PostAsJsonAsync("/api/attendee/password-reset/confirm", new { token = token + "x", password = "un nouveau mot de passe" });
        var done = await client.PostAsJsonAsync("/api/attendee/password-reset/confirm", new { token, password = "un nouveau mot de passe" });
        var reused = await client.PostAsJsonAsync("/api/attendee/password-reset/confirm", new { token, password = "encore un autre passe" });

        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(client, email, "un nouveau mot de passe")).StatusCode);
    }

    [Fact]
    public async Task ChoosingANewPasswordClosesSessionsOpenedWithTheOldOne()
    {
        var email = $"session-{Guid.NewGuid():N}@example.org";
        await RegisterAsync(email, Password);
        var oldSession = _app.CreateClient();
        await LoginAsync(oldSession, email, Password);
        Assert.Equal(HttpStatusCode.OK, (await oldSession.GetAsync("/api/attendee/me")).StatusCode);

        await _app.Get<Congress.AttendeeSpace.AttendeeAccounts>().SetPasswordAsync(email, "un tout nouveau passe", CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, (await oldSession.GetAsync("/api/attendee/me")).StatusCode);
        var newSession = _app.CreateClient();
        await LoginAsync(newSession, email, "un tout nouveau passe");
        Assert.Equal(HttpStatusCode.OK, (await newSession.GetAsync("/api/attendee/me")).StatusCode);
    }

    [Fact]
    public async Task ResetLinkExpiresAfterAnHour()
    {
        var email = $"expiry-{Guid.NewGuid():N}@example.org";
        await RegisterAsync(email, Password);
        var client = _app.CreateClient();
        await client.PostAsJsonAsync("/api/attendee/password-reset", new { email });
        var token = await LinkTokenAsync(email, 2);

        _clock.Advance(Congress.AttendeeSpace.PasswordResets.Lifetime);
        var late = await client.PostAsJsonAsync("/api/attendee/password-reset/confirm", new { token, password = "un nouveau mot de passe" });

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(client, email, Password)).StatusCode);
    }

    [GeneratedRegex(@"reset\.html\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenInLink();
}
