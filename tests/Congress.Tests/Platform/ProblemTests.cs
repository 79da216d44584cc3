using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Platform;

public sealed class ProblemTests(PlainApp fixture) : IClassFixture<PlainApp>
{
    private readonly AppFactory _app = fixture.App;

    [Fact]
    public async Task UnknownRouteIsA404ProblemInBothLanguages()
    {
        var response = await _app.CreateClient().GetAsync("/api/no/such/thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Introuvable.", problem.GetProperty("title_fr").GetString());
    }

    [Fact]
    public async Task MalformedJsonIs400()
    {
        var response = await _app.CreateClient().PostAsync("/api/staff/login",
            new StringContent("{ \"email\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
    }

    [Fact]
    public async Task WrongTypeNamesTheField()
    {
        var response = await _app.CreateClient().PostAsync("/api/staff/login",
            new StringContent("{ \"email\": 42, \"password\": \"x\" }", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["email"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task UnexpectedFailureIsA500ProblemWithoutStackTrace()
    {
        // Its own app, on storage that does not answer.
        var closedPort = ChildProcess.FreePort();
        await using var broken = await AppFactory.CreateAsync(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = LocalServices.ConnectionString(closedPort, closedPort, closedPort),
        });

        var response = await broken.CreateClient().PostAsJsonAsync("/api/staff/login",
            new { email = "someone@example.org", password = "whatever" });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Erreur inattendue", text);
        Assert.DoesNotContain(" at ", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("127.0.0.1", text);
    }

    [Fact]
    public async Task ErrorsNeverCarryAStackTrace()
    {
        var response = await _app.CreateClient().PostAsync("/api/staff/login",
            new StringContent("[1,2", Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(" at ", text);
        Assert.DoesNotContain("Exception", text);
    }
}
