using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Catalog;
using Congress.Platform.Auth;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;
using Congress.RoomBlocks;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.RoomBlocks;

/// <summary>The release job under a fake clock: nothing before the date, unsold rooms gone after it, sold ones kept, once.</summary>
public sealed class RoomBlockReleaseTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private AppFactory _app = null!;
    private HttpClient _staff = null!;
    private DemoBaskets _demo = null!;
    private MailDev _mail = null!;

    public async Task InitializeAsync()
    {
        _app = await AppFactory.CreateAsync(new Dictionary<string, string?> { ["App:LoadDemoEvent"] = "true" },
            services => services.AddSingleton<TimeProvider>(_clock), withMail: true);
        _staff = await _app.SignedInClientAsync(Roles.Admin);
        _demo = await DemoBaskets.ReadAsync(_app.CreateClient());
        _mail = await LocalServices.MailDevAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task RunJobAsync()
    {
        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<RoomBlockReleaseJob>().RunAsync(
            new TimerContext(RoomBlockReleaseJob.Name, _clock.GetUtcNow(), false), CancellationToken.None);
        var host = _app.Get<LocalTriggerHost>();
        await host.PollOnceAsync(_app.Get<TriggerCatalogue>().FindQueue(Congress.Messaging.MessagingFeature.SendFunction)!, CancellationToken.None);
    }

    private async Task<int> FreeAsync(DateOnly night) =>
        (await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/events/{DemoBaskets.EventId}/availability?from={night:yyyy-MM-dd}&nights=1"))
        .GetProperty("products").EnumerateArray().Single(p => p.GetProperty("productId").GetString() == "twin-hotel-du-musee")
        .GetProperty("free").GetInt32();

    [Fact]
    public async Task UnsoldRoomsGoBackOnTheReleaseDateOnceAndSoldOnesStay()
    {
        var providerEmail = $"musee-{Guid.NewGuid():N}@example.org";
        await _app.Storage.Table(CatalogKeys.ProvidersTable).UpdateConditionallyAsync<ProviderEntity>(CatalogKeys.ProviderPartition, "hotel-du-musee",
            p => { p.Email = providerEmail; return true; });
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var releaseOn = today.AddDays(3);
        var (wed, thu) = (_demo.Wednesday, _demo.Wednesday.AddDays(1));
        var created = await _staff.PostAsJsonAsync($"/api/admin/events/{DemoBaskets.EventId}/room-blocks", new
        {
            firstNight = wed, lastNight = thu, roomTypes = new[] { new { type = "twin", askAvailability = true } },
            answerBy = today.AddDays(1), releaseOn, providerIds = new[] { "hotel-du-musee" },
        });
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        await _app.Get<RoomBlockStore>().SaveAnswerAsync(number, "hotel-du-musee",
            [new RoomOffer("twin", wed, 6, 92m), new RoomOffer("twin", thu, 4, 92m)], "", submit: true, CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await _staff.PostAsync($"/api/admin/events/{DemoBaskets.EventId}/room-blocks/{number}/answers/hotel-du-musee/accept", null)).StatusCode);
        // One attendee books a twin for both nights and pays.
        var id = await _demo.RegisterAsync(_app.CreateClient(), "twin-hotel-du-musee");
        await DemoBaskets.PayAsync(_staff, id, today, reference: "VIR R");

        _clock.SetUtcNow(new DateTimeOffset(releaseOn.AddDays(-1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        await RunJobAsync();
        Assert.Equal((5, 3), (await FreeAsync(wed), await FreeAsync(thu)));

        _clock.SetUtcNow(new DateTimeOffset(releaseOn.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));
        await RunJobAsync();
        Assert.Equal((0, 0), (await FreeAsync(wed), await FreeAsync(thu)));
        var row = (await _app.Storage.Table(StockKeys.Table).GetEntityAsync<StockRow>(DemoBaskets.EventId,
            StockKeys.Stock("twin-hotel-du-musee", wed.ToString("yyyy-MM-dd")))).Value;
        Assert.Equal((1, 1, true), (row.Capacity, row.Sold, row.Closed));
        // The provider got the request's link when it was created, then the final figures.
        var mails = await _mail.WaitForEmailsAsync(providerEmail, 2);
        var release = mails.Single(m => m.GetProperty("subject").GetString()!.StartsWith("Rétrocession", StringComparison.Ordinal));
        Assert.Contains($"{wed:yyyy-MM-dd} twin-hotel-du-musee : 6, 1, 0, 5", release.GetProperty("text").GetString());
        var request = (await _app.Get<RoomBlockStore>().FindAsync(DemoBaskets.EventId, number, CancellationToken.None))!;
        Assert.Equal(RoomBlockStatus.Released, request.Status);

        // Days have passed on the clock: staff sign in again.
        var staff = await _app.SignedInClientAsync(Roles.Admin);
        var shown = await staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{DemoBaskets.EventId}/room-blocks/{number}");
        Assert.Equal("Released", shown.GetProperty("status").GetString());
        var night = shown.GetProperty("released").GetProperty("hotel-du-musee")[0];
        Assert.Equal((6, 1, 5), (night.GetProperty("offered").GetInt32(), night.GetProperty("sold").GetInt32(), night.GetProperty("released").GetInt32()));

        // Accepting the answer again after the release would sell the returned rooms: refused, nothing reopened.
        var late = await staff.PostAsync($"/api/admin/events/{DemoBaskets.EventId}/room-blocks/{number}/answers/hotel-du-musee/accept", null);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.EndsWith("released", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal((0, 0), (await FreeAsync(wed), await FreeAsync(thu)));

        _clock.Advance(TimeSpan.FromDays(1));
        await RunJobAsync();
        var again = (await _app.Get<RoomBlockStore>().FindAsync(DemoBaskets.EventId, number, CancellationToken.None))!;
        Assert.Equal(request.ReleasedAt, again.ReleasedAt);
        Assert.Single(await _mail.EmailsToAsync(providerEmail), m => m.GetProperty("subject").GetString()!.StartsWith("Rétrocession", StringComparison.Ordinal));
        Assert.Equal((1, 1), ((await _app.Storage.Table(StockKeys.Table).GetEntityAsync<StockRow>(DemoBaskets.EventId,
            StockKeys.Stock("twin-hotel-du-musee", wed.ToString("yyyy-MM-dd")))).Value is var r ? (r.Capacity, r.Sold) : default));
    }
}
