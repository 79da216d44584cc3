using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Platform;

public sealed class HealthAndOpenApiTests(PlainApp fixture) : IClassFixture<PlainApp>
{
    [Fact]
    public async Task HealthIs200WhenStorageAnswers()
    {
        var response = await fixture.App.CreateClient().GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task HealthIs503WhenStorageIsUnreachable()
    {
        // Its own app, on storage that does not answer.
        var closedPort = ChildProcess.FreePort();
        await using var app = await AppFactory.CreateAsync(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = LocalServices.ConnectionString(closedPort, closedPort, closedPort),
        });

        var response = await app.CreateClient().GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unreachable", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("storage").GetString());
    }

    [Fact]
    public async Task OpenApiDocumentListsTheApi()
    {
        var document = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>("/api/openapi.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/health", paths);
        Assert.Contains("/api/staff/login", paths);
        Assert.Contains("/api/events", paths);
    }
}
