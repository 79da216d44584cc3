using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Platform;

public sealed class HealthAndOpenApiTests
{
    [Fact]
    public async Task HealthIs200WhenStorageAnswers()
    {
        await using var app = await AppFactory.CreateAsync();

        var response = await app.CreateClient().GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task HealthIs503WhenStorageIsUnreachable()
    {
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
        await using var app = await AppFactory.CreateAsync();

        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/openapi.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/health", paths);
        Assert.Contains("/api/staff/login", paths);
        Assert.Contains("/api/events", paths);
    }
}
