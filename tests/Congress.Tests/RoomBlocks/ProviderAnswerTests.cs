using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Congress.Platform.Auth;
using Congress.Platform.Triggers;
using Congress.Tests.Infrastructure;
using Congress.Tests.ProviderSpace;
using Congress.Tests.Registrations;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.RoomBlocks;

/// <summary>Providers answer room block requests from the emailed link: their own requests only, checked, until the answer date.</summary>
public sealed partial class ProviderAnswerTests(ClockedDemoAppWithMail fixture) : IClassFixture<ClockedDemoAppWithMail>, IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = fixture.Clock;
    private readonly AppFactory _app = fixture.App;
    private HttpClient _staff = null!;
    private DemoBaskets _demo = null!;
    private MailDev _mail = null!;

    // Signed in for each test: a test that moves the clock a week on ends the sessions opened before.
    public async Task InitializeAsync()
    {
        _staff = await _app.SignedInClientAsync(Roles.OperationsManager);
        _demo = await DemoBaskets.ReadAsync(_app.CreateClient());
        _mail = await LocalServices.MailDevAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    private async Task<string> CreateAsync(params string[] providers)
    {
        var created = await _staff.PostAsJsonAsync($"/api/admin/events/{DemoBaskets.EventId}/room-blocks", new
        {
            firstNight = _demo.Wednesday, lastNight = _demo.Wednesday.AddDays(1),
            roomTypes = new[] { new { type = "single", askAvailability = true }, new { type = "double", askAvailability = true } },
            answerBy = Today.AddDays(5), releaseOn = Today.AddDays(10), providerIds = providers,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var host = _app.Get<LocalTriggerHost>();
        await host.PollOnceAsync(_app.Get<TriggerCatalogue>().FindQueue(Congress.Messaging.MessagingFeature.SendFunction)!, CancellationToken.None);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
    }

    /// <summary>The provider opens the link of its email: a session for the request it names.</summary>
    private async Task<HttpClient> OpenAsync(string providerEmail, string number)
    {
        var mail = (await _mail.WaitForEmailsAsync(providerEmail, 1)).Single(m => m.GetProperty("subject").GetString()!.Contains(number));
        var token = LinkInText().Match(mail.GetProperty("text").GetString()!).Groups[1].Value;
        var client = _app.CreateClient();
        var shown = await client.GetFromJsonAsync<JsonElement>($"/api/provider/links/{token}?purpose=room-block-answer");
        Assert.Equal(number, shown.GetProperty("subject").GetString());
        var opened = await client.PostAsJsonAsync($"/api/provider/links/{token}/open", new { purpose = "room-block-answer" });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(number, (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subject").GetString());
        return client;
    }

    private Task<HttpResponseMessage> AnswerAsync(HttpClient client, string number, object offers, bool submit) =>
        client.PutAsJsonAsync($"/api/provider/room-blocks/{number}/answer", new { offers, remarks = "Petit déjeuner inclus", submit });

    [Fact]
    public async Task AProviderAnswersItsOwnRequestWithCheckedFiguresAndOnlySubmittedAnswersCount()
    {
        var a = await Providers.AddAsync(_app);
        var b = await Providers.AddAsync(_app);
        var forA = await CreateAsync(a.Id);
        var forB = await CreateAsync(b.Id);
        var providerA = await OpenAsync(a.Email, forA);
        var providerB = await OpenAsync(b.Email, forB);
        var (wed, thu) = (_demo.Wednesday, _demo.Wednesday.AddDays(1));

        // B can neither read nor answer A's request, and does not see it in its list.
        Assert.Equal(HttpStatusCode.NotFound, (await providerB.GetAsync($"/api/provider/room-blocks/{forA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AnswerAsync(providerB, forA, Array.Empty<object>(), true)).StatusCode);
        Assert.Equal([forB], (await providerB.GetFromJsonAsync<JsonElement>("/api/provider/room-blocks")).EnumerateArray()
            .Select(r => r.GetProperty("number").GetString()));

        var bad = await AnswerAsync(providerA, forA, new object[]
        {
            new { type = "single", night = wed, rooms = -1, price = 70m },
            new { type = "single", night = wed.AddDays(5), rooms = 3, price = 70m },
            new { type = "quad", night = thu, rooms = 3, price = 70.123m },
        }, submit: true);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["offers[0].rooms", "offers[2].price"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        var outside = await AnswerAsync(providerA, forA, new object[]
        {
            new { type = "single", night = wed.AddDays(5), rooms = 3, price = 70m }, new { type = "quad", night = thu, rooms = 3, price = 70m },
        }, submit: true);
        Assert.Equal(["offers[0].night", "offers[1].type"], (await outside.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        var offers = new object[] { new { type = "single", night = wed, rooms = 12, price = 72m }, new { type = "double", night = thu, rooms = 6, price = 88m } };
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(providerA, forA, offers, submit: false)).StatusCode);
        var summary = await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{DemoBaskets.EventId}/room-blocks/{forA}/summary");
        Assert.Equal(0, summary.GetProperty("roomsPerNight").GetProperty(wed.ToString("yyyy-MM-dd")).GetInt32());

        var sent = await AnswerAsync(providerA, forA, offers, submit: true);
        Assert.Equal("Submitted", (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answerStatus").GetString());
        summary = await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{DemoBaskets.EventId}/room-blocks/{forA}/summary");
        Assert.Equal(12, summary.GetProperty("roomsPerNight").GetProperty(wed.ToString("yyyy-MM-dd")).GetInt32());
        Assert.Equal(6, summary.GetProperty("roomsPerNight").GetProperty(thu.ToString("yyyy-MM-dd")).GetInt32());
    }

    [Fact]
    public async Task AnswersCloseAfterTheAnswerDate()
    {
        var a = await Providers.AddAsync(_app);
        var number = await CreateAsync(a.Id);
        var provider = await OpenAsync(a.Email, number);
        var offers = new object[] { new { type = "single", night = _demo.Wednesday, rooms = 2, price = 70m } };
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(provider, number, offers, submit: true)).StatusCode);

        _clock.Advance(TimeSpan.FromDays(7));
        // A week later the session has ended: the provider comes back through a new space link.
        var token = await _app.Get<Congress.ProviderSpace.ProviderLinks>().IssueAsync(a.Id, "space", TimeSpan.FromDays(1), CancellationToken.None);
        provider = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await provider.PostAsJsonAsync($"/api/provider/links/{token}/open", new { purpose = "space" })).StatusCode);

        var late = await AnswerAsync(provider, number, offers, submit: true);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.EndsWith("/answer-closed", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.False((await provider.GetFromJsonAsync<JsonElement>($"/api/provider/room-blocks/{number}")).GetProperty("open").GetBoolean());
    }

    [GeneratedRegex(@"/provider/\?link=([A-Za-z0-9_-]+)")]
    private static partial Regex LinkInText();
}
