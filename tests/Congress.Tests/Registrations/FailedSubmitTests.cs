using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Congress.Registrations;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Registrations;

/// <summary>A submit that fails writes nothing: no known address, no attendee account, no email.</summary>
/// <remarks>An app for each test (IAsyncLifetime): one deletes a table, the others compare snapshots of the whole storage.</remarks>
public sealed class FailedSubmitTests : IAsyncLifetime
{
    private AppFactory _app = null!;
    private DemoBaskets _baskets = null!;

    public async Task InitializeAsync()
    {
        _app = await AppFactory.CreateAsync(new Dictionary<string, string?> { ["App:LoadDemoEvent"] = "true" });
        var client = _app.CreateClient();
        for (var i = 0; (await client.GetAsync($"/api/events/{DemoBaskets.EventId}/form")).StatusCode != HttpStatusCode.OK; i++)
        {
            Assert.True(i < 100, "The demo event never appeared.");
            await Task.Delay(100);
        }
        _baskets = await DemoBaskets.ReadAsync(client);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private JsonNode Submit(string email)
    {
        var body = JsonSerializer.SerializeToNode(_baskets.Submit("k-" + Guid.NewGuid().ToString("N"), "transfer", email))!;
        body["contact"]!["createAccount"] = true;
        return body;
    }

    [Fact]
    public async Task ASubmitThatFailsWhenStoringTheRegistrationLeavesNoAddressAccountOrEmail()
    {
        // The registration cannot be stored: the request fails after validation and pricing.
        await _app.Storage.Table(RegistrationEntity.Table).DeleteAsync();
        var before = await StorageSnapshot.TakeAsync(_app);

        var response = await _app.CreateClient().PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/registrations",
            Submit($"failed-{Guid.NewGuid():N}@example.org"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(StorageSnapshot.Differences(before, await StorageSnapshot.TakeAsync(_app)));
    }

    [Fact]
    public async Task ASubmitRefusedByValidationLeavesNoAddressAccountOrEmail()
    {
        var body = Submit($"long-{Guid.NewGuid():N}@example.org");
        body["contact"]!["civility"] = new string('x', 100_000);
        var before = await StorageSnapshot.TakeAsync(_app);

        var response = await _app.CreateClient().PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/registrations", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("contact.civility", out _));
        Assert.Empty(StorageSnapshot.Differences(before, await StorageSnapshot.TakeAsync(_app)));
    }

    [Fact]
    public async Task ARetriedSubmitIndexesItsAddressOnce()
    {
        var email = $"retry-{Guid.NewGuid():N}@example.org";
        var body = Submit(email);
        var client = _app.CreateClient();

        var first = await client.PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/registrations", body);
        var second = await client.PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/registrations", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.True(second.IsSuccessStatusCode);
        Assert.Single(await _app.Get<RegistrationIndex>().ForEmailAsync(email, CancellationToken.None));
    }
}
