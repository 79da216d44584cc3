using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Catalog;
using Congress.Platform.Auth;
using Congress.ProviderSpace;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.ProviderSpace;

/// <summary>Magic links over HTTP: GET shows, only POST consumes, once, before expiry, for its purpose only.</summary>
public sealed class ProviderLinkTests(ClockedApp fixture) : IClassFixture<ClockedApp>
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);
    private readonly FakeTimeProvider _clock = fixture.Clock;
    private readonly AppFactory _app = fixture.App;

    private ProviderLinks Links => _app.Get<ProviderLinks>();

    private Task<string> IssueAsync(string providerId, string purpose = ProviderLinkPurposes.Space) =>
        Links.IssueAsync(providerId, purpose, Lifetime, CancellationToken.None);

    private static Task<HttpResponseMessage> ShowAsync(HttpClient client, string token, string purpose = ProviderLinkPurposes.Space) =>
        client.GetAsync($"/api/provider/links/{Uri.EscapeDataString(token)}?purpose={purpose}");

    private static Task<HttpResponseMessage> OpenAsync(HttpClient client, string token, string purpose = ProviderLinkPurposes.Space) =>
        client.PostAsJsonAsync($"/api/provider/links/{Uri.EscapeDataString(token)}/open", new { purpose });

    private static async Task<string?> ProblemTypeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString();

    [Fact]
    public async Task ShowingALinkNeverConsumesItOnlyTheFirstOpenDoes()
    {
        var (id, name, _) = await Providers.AddAsync(_app);
        var token = await IssueAsync(id);
        var client = _app.CreateClient();

        var first = await ShowAsync(client, token);
        var second = await ShowAsync(client, token);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var shown = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(name, shown.GetProperty("providerName").GetString());
        Assert.Equal("space", shown.GetProperty("purpose").GetString());
        Assert.False(shown.TryGetProperty("providerId", out _)); // the page needs the name only

        var opened = await OpenAsync(client, token);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(id, (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("providerId").GetString());

        var again = await OpenAsync(_app.CreateClient(), token);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await ShowAsync(client, token)).StatusCode);
    }

    [Fact]
    public async Task ParallelOpensOfOneLinkGiveExactlyOneSession()
    {
        var (id, _, _) = await Providers.AddAsync(_app);
        var token = await IssueAsync(id);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => OpenAsync(_app.CreateClient(), token)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(7, answers.Count(a => a.StatusCode == HttpStatusCode.Gone));
    }

    [Fact]
    public async Task LinkWorksUntilTheTickBeforeItExpires()
    {
        var (id, _, _) = await Providers.AddAsync(_app);
        var early = await IssueAsync(id);
        var late = await IssueAsync(id);
        var client = _app.CreateClient();

        _clock.Advance(Lifetime - TimeSpan.FromTicks(1));
        Assert.Equal(HttpStatusCode.OK, (await ShowAsync(client, late)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await OpenAsync(client, early)).StatusCode);

        _clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(HttpStatusCode.Gone, (await ShowAsync(client, late)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await OpenAsync(client, late)).StatusCode);
    }

    [Fact]
    public async Task AnAlteredCharacterIsRefusedAndLeavesTheRealLinkUnused()
    {
        var (id, _, _) = await Providers.AddAsync(_app);
        var token = await IssueAsync(id);
        var altered = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');
        var client = _app.CreateClient();

        Assert.Equal(HttpStatusCode.Gone, (await ShowAsync(client, altered)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await OpenAsync(client, altered)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/provider/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await OpenAsync(client, token)).StatusCode);
    }

    [Fact]
    public async Task ALinkForAnotherPurposeIsRefusedAndStaysUsableForItsOwn()
    {
        var (id, _, _) = await Providers.AddAsync(_app);
        var token = await Links.IssueAsync(id, ProviderLinkPurposes.RoomBlockAnswer, Lifetime, CancellationToken.None, subject: "request-1");
        var client = _app.CreateClient();

        Assert.Equal(HttpStatusCode.Gone, (await ShowAsync(client, token)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await OpenAsync(client, token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/provider/me")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await ShowAsync(client, token, ProviderLinkPurposes.RoomBlockAnswer)).StatusCode);
        // Under its own purpose it opens the provider's session, naming the request it is for.
        var opened = await OpenAsync(client, token, ProviderLinkPurposes.RoomBlockAnswer);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var body = await opened.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("request-1", id), (body.GetProperty("subject").GetString(), body.GetProperty("providerId").GetString()));
        Assert.Equal(HttpStatusCode.Gone, (await OpenAsync(_app.CreateClient(), token, ProviderLinkPurposes.RoomBlockAnswer)).StatusCode);
    }

    [Fact]
    public async Task UnknownUsedExpiredAndAlteredLinksGetTheSameAnswer()
    {
        var (id, _, _) = await Providers.AddAsync(_app);
        var used = await IssueAsync(id);
        await Links.ConsumeAsync(used, ProviderLinkPurposes.Space, CancellationToken.None);
        var expired = await Links.IssueAsync(id, ProviderLinkPurposes.Space, TimeSpan.FromMinutes(1), CancellationToken.None);
        var live = await IssueAsync(id);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var client = _app.CreateClient();

        var answers = new List<HttpResponseMessage>();
        foreach (var token in new[] { used, expired, live[1..], "unknown-token", new string('x', 500) })
            answers.Add(await ShowAsync(client, token));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Gone, a.StatusCode));
        // Everything but the trace id (different for every request) is identical.
        var bodies = await Task.WhenAll(answers.Select(async a =>
        {
            var body = System.Text.Json.Nodes.JsonNode.Parse(await a.Content.ReadAsStringAsync())!.AsObject();
            body.Remove("traceId");
            return body.ToJsonString();
        }));
        Assert.Single(bodies.Distinct());
        Assert.Contains("detail_fr", bodies[0]);
    }

    [Fact]
    public async Task EachSessionSeesItsOwnProviderAndEndsWithLogout()
    {
        var a = await Providers.AddAsync(_app);
        var b = await Providers.AddAsync(_app);
        var clientA = _app.CreateClient();
        var clientB = _app.CreateClient();
        await OpenAsync(clientA, await IssueAsync(a.Id));
        await OpenAsync(clientB, await IssueAsync(b.Id));

        var meA = await clientA.GetFromJsonAsync<JsonElement>("/api/provider/me");
        var meB = await clientB.GetFromJsonAsync<JsonElement>("/api/provider/me");
        Assert.Equal((a.Id, a.Name), (meA.GetProperty("providerId").GetString(), meA.GetProperty("providerName").GetString()));
        Assert.Equal(b.Id, meB.GetProperty("providerId").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await clientA.PostAsync("/api/provider/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await clientA.GetAsync("/api/provider/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clientB.GetAsync("/api/provider/me")).StatusCode);
    }

    [Fact]
    public async Task ARemovedProvidersSessionEnds()
    {
        var (id, _, _) = await Providers.AddAsync(_app);
        var client = _app.CreateClient();
        await OpenAsync(client, await IssueAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/provider/me")).StatusCode);

        await _app.Storage.Table(CatalogKeys.ProvidersTable).DeleteEntityAsync(CatalogKeys.ProviderPartition, id);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/provider/me")).StatusCode);
    }

    [Fact]
    public async Task ProviderAndStaffCookiesDoNotPassEachOthersRoutes()
    {
        var (id, _, _) = await Providers.AddAsync(_app);
        var provider = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await OpenAsync(provider, await IssueAsync(id))).StatusCode);
        var staff = await _app.SignedInClientAsync(Roles.Admin);

        Assert.Equal(HttpStatusCode.Unauthorized, (await provider.GetAsync("/api/staff/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await provider.GetAsync("/api/admin/providers")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await provider.PostAsync($"/api/admin/providers/{id}/space-link", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await provider.GetAsync("/api/attendee/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.GetAsync("/api/provider/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/staff/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await provider.GetAsync("/api/provider/me")).StatusCode);
    }

    [Fact]
    public async Task TokensAreLongRandomAndStoredOnlyHashed()
    {
        var (id, _, _) = await Providers.AddAsync(_app);
        var token = await IssueAsync(id);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.NotEqual(token, await IssueAsync(id));
        var rows = await _app.Storage.Table(ProviderLinks.Table).QueryAsync<ProviderLinkRow>().ToListAsync();
        Assert.Contains(rows, r => r.RowKey == ProviderLinks.Hash(token) && r.ProviderId == id && r.Purpose == "space");
        Assert.DoesNotContain(rows, r => JsonSerializer.Serialize(r).Contains(token, StringComparison.Ordinal));
    }
}
