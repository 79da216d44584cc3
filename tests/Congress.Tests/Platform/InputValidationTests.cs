using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Platform.Auth;
using Congress.Platform.Problems;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Congress.Tests.Platform;

/// <summary>Validation declared once for the whole API: global limits, binding failures, field names.</summary>
public sealed class InputValidationTests(InputValidationTests.LoggedApp fixture) : IClassFixture<InputValidationTests.LoggedApp>
{
    private readonly AppFactory _app = fixture.App;
    private readonly CapturedLogs _logs = fixture.Logs;

    /// <summary>The demo event, every log line captured (tests of a class run one at a time: a test clears them first).</summary>
    public sealed class LoggedApp() : SharedApp(WithDemoEvent)
    {
        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
    }

    private sealed record ProbeBody(string? Name, string?[]? Tags) : IValidatable
    {
        public IEnumerable<FieldError> Validate() => Check.Text("name", Name, 10);
    }

    [Fact]
    public async Task AnEndpointWithoutAFilterOfItsOwnStillValidatesItsBody()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();
        var reached = 0;
        // Mapped like every feature: under the API's root group, with nothing declared on the endpoint.
        app.MapApi().MapPost("/probe", (ProbeBody body) =>
        {
            reached++;
            return TypedResults.Ok();
        });
        await app.StartAsync();
        var client = app.GetTestClient();

        var tooLong = await client.PostAsJsonAsync("/probe", new { name = new string('x', 11) });
        var nullItem = await client.PostAsJsonAsync("/probe", new { name = "ok", tags = new string?[] { null } });
        var fine = await client.PostAsJsonAsync("/probe", new { name = "ok" });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(["name"], await ErrorFieldsAsync(tooLong));
        Assert.Equal(HttpStatusCode.BadRequest, nullItem.StatusCode);
        Assert.Equal(["tags[0]"], await ErrorFieldsAsync(nullItem));
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        Assert.Equal(1, reached);
    }

    [Theory]
    [InlineData("/api/events/" + DemoBaskets.EventId + "/availability?from=2027-02-30", "from")]
    [InlineData("/api/events/" + DemoBaskets.EventId + "/availability?nights=2147483648", "nights")]
    [InlineData("/api/events/" + DemoBaskets.EventId + "/availability?nights=abc", "nights")]
    [InlineData("/api/events/" + DemoBaskets.EventId + "/availability?nights=-5", "nights")]
    [InlineData("/api/events/" + DemoBaskets.EventId + "/availability?nights=0", "nights")]
    public async Task ABadQueryParameterIsA400ProblemNamingIt(string url, string parameter)
    {
        var response = await _app.CreateClient().GetAsync(url);

        await AssertNamesAsync(response, parameter);
    }

    [Fact]
    public async Task ABadDateOnAStaffListIsA400ProblemNamingIt()
    {
        var client = await _app.SignedInClientAsync(Roles.Finance);

        var response = await client.GetAsync($"/api/admin/finance/events/{DemoBaskets.EventId}/commissions?from=2027-02-30");

        await AssertNamesAsync(response, "from");
    }

    [Fact]
    public async Task AStringNobodyDeclaredIsStillCappedByName()
    {
        var client = await _app.SignedInClientAsync(Roles.Admin);

        var query = await client.GetAsync("/api/emails/log?to=" + new string('a', 5_000));
        var route = await client.GetAsync("/api/admin/registrations/" + new string('a', 5_000));

        await AssertNamesAsync(query, "to");
        await AssertNamesAsync(route, "registrationId");
    }

    [Fact]
    public async Task NullProviderInPayoutCriteriaIsA400NamingIt()
    {
        var client = await _app.SignedInClientAsync(Roles.Finance);

        var response = await client.PostAsJsonAsync("/api/admin/finance/payouts/preview",
            new { criteria = new { providerIds = new string?[] { null } }, method = "transfer" });

        await AssertNamesAsync(response, "criteria.providerIds[0]");
    }

    [Fact]
    public async Task AClientMistakeIsOneInformationLineNotAnErrorWithAStackTrace()
    {
        var client = _app.CreateClient();
        _logs.Clear();

        var malformed = await client.PostAsync("/api/staff/login",
            new StringContent("{ \"email\": ", System.Text.Encoding.UTF8, "application/json"));
        var wrongType = await client.PostAsync("/api/staff/login",
            new StringContent("{ \"email\": 42 }", System.Text.Encoding.UTF8, "application/json"));
        var badQuery = await client.GetAsync($"/api/events/{DemoBaskets.EventId}/availability?from=2027-02-30");

        Assert.All([malformed, wrongType, badQuery], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        var entries = _logs.Entries;
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Warning);
        Assert.DoesNotContain(entries, e => e.Exception is not null);
        var badRequests = entries.Where(e => e.Message.StartsWith("Bad request", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, badRequests.Count);
        Assert.All(badRequests, e => Assert.DoesNotContain("\n", e.Message));
        Assert.Contains(badRequests, e => e.Message.Contains("/api/events/{eventId}/availability") && e.Message.EndsWith("from"));
    }

    private static async Task AssertNamesAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title_fr").GetString()));
        var error = problem.GetProperty("errors").GetProperty(field)[0];
        Assert.False(string.IsNullOrEmpty(error.GetProperty("fr").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("en").GetString()));
    }

    private static async Task<List<string>> ErrorFieldsAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
}
