using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Catalog;
using Congress.Events;
using Congress.Platform.Hosting;
using Congress.Platform.Storage;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Tests.Events;

public sealed class DemoEventTests(DemoApp fixture) : IClassFixture<DemoApp>
{
    private readonly AppFactory _app = fixture.App;

    [Fact]
    public async Task DemoEventIsPublishedInTheFutureAndListed()
    {
        var events = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/events");

        var demo = Assert.Single(events.EnumerateArray());
        Assert.Equal("Séminaire Cluster Tourisme en Ville", demo.GetProperty("title").GetString());
        Assert.Equal("Saint-Étienne", demo.GetProperty("city").GetString());
        Assert.Equal("Europe/Paris", demo.GetProperty("timeZone").GetString());
        var start = DateOnly.Parse(demo.GetProperty("startDate").GetString()!);
        Assert.True(start > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(100)));
        Assert.Equal(DayOfWeek.Wednesday, start.DayOfWeek);
    }

    [Fact]
    public async Task LoadingTheDemoAgainChangesNothing()
    {
        var table = _app.Storage.Table(EventsApi.Table);
        var before = (await table.GetEntityAsync<EventEntity>(EventEntity.Partition, DemoEvent.Id)).Value;

        await _app.Services.GetServices<StartupTask>().OfType<DemoEvent>().Single().RunOnceAsync(CancellationToken.None);

        var rows = await table.QueryPartitionAsync<EventEntity>(EventEntity.Partition).ToListAsync();
        Assert.Equal(before.ETag, Assert.Single(rows).ETag);
    }

    [Fact]
    public async Task DraftEventIsInvisibleToThePublic()
    {
        // Its own app, without the demo event: the public list must come out empty.
        await using var app = await AppFactory.CreateAsync();
        await app.Storage.Table(EventsApi.Table).AddEntityAsync(new EventEntity
        {
            RowKey = "draft-one", Title = "Brouillon", StartDate = "2027-01-01", EndDate = "2027-01-02", Status = EventStatus.Draft,
        });

        var list = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/events");
        var one = await app.CreateClient().GetAsync("/api/events/draft-one");

        Assert.Empty(list.EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
    }
}
