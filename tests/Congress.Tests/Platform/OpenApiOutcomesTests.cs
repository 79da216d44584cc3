using System.Net.Http.Json;
using System.Text.Json;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Platform;

/// <summary>The OpenAPI document says every answer a caller can get: handlers' own outcomes and the pipeline's problems.</summary>
public sealed class OpenApiOutcomesTests(PlainApp fixture) : IClassFixture<PlainApp>, IAsyncLifetime
{
    private JsonElement document;

    public async Task InitializeAsync() => document = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>("/api/openapi.json");

    public Task DisposeAsync() => Task.CompletedTask;

    private IEnumerable<(string Path, string Method, JsonElement Operation)> Operations() =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(op => op.Name is "get" or "post" or "put" or "delete" or "patch")
            .Select(op => (path.Name, op.Name, op.Value)));

    private static Dictionary<string, JsonElement> Responses(JsonElement operation) =>
        operation.GetProperty("responses").EnumerateObject().ToDictionary(r => r.Name, r => r.Value);

    [Fact]
    public void EveryOperationHasASuccessAndAnUnexpectedErrorAnswer()
    {
        var missing = Operations().Where(o => !Responses(o.Operation).Keys.Any(k => k.StartsWith('2') || k.StartsWith('3'))
                                              || !Responses(o.Operation).ContainsKey("500"))
            .Select(o => $"{o.Method} {o.Path}").ToList();

        Assert.True(Operations().Count() > 80, "the document lists the API");
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryErrorAnswerIsAProblemDocument()
    {
        var wrong = new List<string>();
        foreach (var (path, method, operation) in Operations())
        foreach (var (status, response) in Responses(operation).Where(r => r.Key[0] is '4' or '5'))
        {
            var schema = response.TryGetProperty("content", out var content)
                         && content.TryGetProperty("application/problem+json", out var media)
                         && media.TryGetProperty("schema", out var s) ? s.GetRawText() : "";
            if (!schema.Contains("#/components/schemas/ProblemDocument")) wrong.Add($"{method} {path} {status}");
        }

        Assert.Empty(wrong);
        var problem = document.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDocument").GetProperty("properties");
        Assert.True(problem.TryGetProperty("title_fr", out _));
        Assert.True(problem.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData("/api/admin/registrations/{registrationId}", "put", "200 400 401 403 404 409 415 428 500")]
    [InlineData("/api/admin/registrations/{registrationId}/refunds", "post", "201 400 401 403 404 409 415 502 500")]
    [InlineData("/api/events/{eventId}/registrations", "post", "200 201 400 404 409 415 429 500")]
    [InlineData("/api/admin/finance/payouts/{batchId}", "get", "200 401 403 404 500")]
    [InlineData("/api/provider/links/{token}/open", "post", "200 400 410 415 429 500")]
    [InlineData("/api/staff/login", "post", "200 400 401 415 429 500")]
    public void AnOperationListsEachOfItsOutcomes(string path, string method, string statuses)
    {
        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.Equal(statuses.Split(' ').Order(), Responses(operation).Keys.Order());
    }

    [Fact]
    public void PublicOperationsAreTheOnesThatSaySo()
    {
        var withoutSignIn = Operations().Where(o => !Responses(o.Operation).ContainsKey("401")).Select(o => o.Path).Distinct().ToList();

        Assert.All(withoutSignIn, path => Assert.DoesNotContain("/api/admin", path));
        Assert.Contains("/api/events/{eventId}/quote", withoutSignIn);
    }
}
