using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Congress.Platform.Auth;
using Congress.Platform.Triggers;
using Congress.ProviderSpace;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.ProviderSpace;

/// <summary>New links by email (never telling whether the address is known) and staff sending a provider its link.</summary>
public sealed partial class LinkRequestTests(LinkRequestTests.MailApp fixture) : IClassFixture<LinkRequestTests.MailApp>, IAsyncLifetime
{
    private readonly AppFactory _app = fixture.App;
    private MailDev _mail = null!;

    /// <summary>Links to the public site, emails to MailDev; each test asks for its own addresses.</summary>
    public sealed class MailApp() : SharedApp(new Dictionary<string, string?>
    {
        ["App:PublicBaseUrl"] = "https://congres.example",
        ["ProviderLinks:RequestsPerMinute"] = "100",
    }, withMail: true);

    public async Task InitializeAsync() => _mail = await LocalServices.MailDevAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task RunQueuesAsync()
    {
        var catalogue = _app.Get<TriggerCatalogue>();
        var host = _app.Get<LocalTriggerHost>();
        await host.PollOnceAsync(catalogue.FindQueue(ProviderSpaceFeature.LinkRequestFunction)!, CancellationToken.None);
        await host.PollOnceAsync(catalogue.FindQueue("SendEmail")!, CancellationToken.None);
    }

    private static string TokenIn(JsonElement email)
    {
        var match = LinkInText().Match(email.GetProperty("text").GetString()!);
        Assert.True(match.Success, "no provider link in the email");
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task KnownAndUnknownAddressesGetTheSameAnswerAndOnlyTheKnownOneGetsALink()
    {
        var known = await Providers.AddAsync(_app);
        var unknown = $"nobody-{Guid.NewGuid():N}@hotels.example";
        var client = _app.CreateClient();

        var toUnknown = await client.PostAsJsonAsync("/api/provider/link-requests", new { email = unknown });
        var toKnown = await client.PostAsJsonAsync("/api/provider/link-requests", new { email = known.Email.ToUpperInvariant() });
        await RunQueuesAsync();

        Assert.Equal(HttpStatusCode.Accepted, toUnknown.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, toKnown.StatusCode);
        Assert.Equal(await toUnknown.Content.ReadAsStringAsync(), await toKnown.Content.ReadAsStringAsync());
        var email = Assert.Single(await _mail.WaitForEmailsAsync(known.Email, 1));
        Assert.Empty(await _mail.EmailsToAsync(unknown));

        var text = email.GetProperty("text").GetString()!;
        Assert.True(text.IndexOf("Bonjour", StringComparison.Ordinal) < text.IndexOf("Hello", StringComparison.Ordinal), "French first");
        Assert.Contains("valable 2 jours", text);
        var shown = await client.GetFromJsonAsync<JsonElement>($"/api/provider/links/{TokenIn(email)}?purpose=space");
        Assert.Equal(known.Name, shown.GetProperty("providerName").GetString());
    }

    [Fact]
    public async Task AMalformedAddressIsRefusedNamingTheField()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/provider/link-requests", new { email = "pas une adresse" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task LinkRequestsAreRateLimitedPerClient()
    {
        // Its own app: a limit of its own, counted from its first request.
        await using var app = await AppFactory.CreateAsync(new Dictionary<string, string?> { ["ProviderLinks:RequestsPerMinute"] = "2" });
        var client = app.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            answers.Add((await client.PostAsJsonAsync("/api/provider/link-requests", new { email = $"a{i}-{Guid.NewGuid():N}@example.org" })).StatusCode);
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task LinkRequestsAreRateLimitedPerAddressWhoeverAsks()
    {
        // Its own app: a limit of its own.
        await using var app = await AppFactory.CreateAsync(new Dictionary<string, string?>
        {
            ["ProviderLinks:RequestsPerMinute"] = "100", ["ProviderLinks:RequestsPerAddressPerHour"] = "2",
        });
        var address = $"flooded-{Guid.NewGuid():N}@example.org";
        var answers = new List<HttpStatusCode>();
        foreach (var spelling in new[] { address, address.ToUpperInvariant(), " " + address })
            answers.Add((await app.CreateClient().PostAsJsonAsync("/api/provider/link-requests", new { email = spelling })).StatusCode);
        var other = await app.CreateClient().PostAsJsonAsync("/api/provider/link-requests", new { email = $"other-{Guid.NewGuid():N}@example.org" });

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    [Fact]
    public async Task OperationsSendAProviderItsSpaceLinkOtherRolesCannot()
    {
        var provider = await Providers.AddAsync(_app);
        var path = $"/api/admin/providers/{provider.Id}/space-link";

        var anonymous = await _app.CreateClient().PostAsync(path, null);
        var finance = await (await _app.SignedInClientAsync(Roles.Finance)).PostAsync(path, null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, finance.StatusCode);
        await RunQueuesAsync();
        Assert.Empty(await _mail.EmailsToAsync(provider.Email));

        var staff = await (await _app.SignedInClientAsync(Roles.Staff)).PostAsync(path, null);
        Assert.Equal(HttpStatusCode.Accepted, staff.StatusCode);
        Assert.Equal(provider.Email, (await staff.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString());
        await RunQueuesAsync();
        var email = Assert.Single(await _mail.WaitForEmailsAsync(provider.Email, 1));
        Assert.Contains("https://congres.example/provider/?link=", email.GetProperty("text").GetString());

        var session = _app.CreateClient();
        var opened = await session.PostAsJsonAsync($"/api/provider/links/{TokenIn(email)}/open", new { purpose = "space" });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(provider.Id, (await session.GetFromJsonAsync<JsonElement>("/api/provider/me")).GetProperty("providerId").GetString());
    }

    [Fact]
    public async Task StaffGetNotFoundForAnUnknownProviderAndBadRequestWithoutAnAddress()
    {
        var staff = await _app.SignedInClientAsync(Roles.OperationsManager);
        var noEmail = await Providers.AddAsync(_app, email: null);

        var unknown = await staff.PostAsync($"/api/admin/providers/no-such-{Guid.NewGuid():N}/space-link", null);
        var missing = await staff.PostAsync($"/api/admin/providers/{noEmail.Id}/space-link", null);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("email", out _));
        Assert.Empty(await _app.Storage.Table(ProviderLinks.Table).QueryAsync<ProviderLinkRow>(r => r.ProviderId == noEmail.Id).ToListAsync());
    }

    [GeneratedRegex(@"/provider/\?link=([A-Za-z0-9_-]+)")]
    private static partial Regex LinkInText();
}
