using Congress.Catalog;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Catalog;

public sealed class InventoryTests(PlainApp fixture) : IClassFixture<PlainApp>
{
    private const string EventId = "rush-event";
    private static readonly DateTimeOffset Expiry = DateTimeOffset.UtcNow.AddMinutes(30);
    private readonly AppFactory _app = fixture.App;

    private Inventory Fresh(bool unguarded = false, bool ungated = false) =>
        new(_app.Storage) { Unguarded = unguarded, Ungated = ungated };

    private static StockNeed Night(string product, string date, int quantity = 1) => new(product, date, quantity);

    private async Task<StockRow> RowAsync(string product, string slot) =>
        (await _app.Storage.Table(StockKeys.Table).GetEntityAsync<StockRow>(EventId, StockKeys.Stock(product, slot))).Value;

    [Fact]
    public async Task FiftyConcurrentBuyersForTenRoomNightsGetExactlyTen()
    {
        // Each request on its own Inventory without the in-process gate: as if on 50 instances.
        await Fresh().SetCapacityAsync(EventId, "room", "2027-03-24", 10, CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            Fresh(ungated: true).HoldAsync(EventId, $"r{i}", [Night("room", "2027-03-24")], Expiry, CancellationToken.None))));

        Assert.Equal(10, results.Count(r => r.Outcome == StockOutcome.Done));
        Assert.Equal(40, results.Count(r => r.Outcome == StockOutcome.Short));
        var row = await RowAsync("room", "2027-03-24");
        Assert.Equal(10, row.Held);
        Assert.Equal(0, row.Free);
    }

    [Fact]
    public async Task NegativeControl_WithoutTheETagGuardTheRoomsAreOversold()
    {
        await Fresh().SetCapacityAsync(EventId, "room2", "2027-03-24", 10, CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            Fresh(unguarded: true, ungated: true).HoldAsync(EventId, $"n{i}", [Night("room2", "2027-03-24")], Expiry, CancellationToken.None))));

        // Writers that read the same counter overwrite each other: more buyers are told "held"
        // than there were rooms, and the counter no longer says how many were held.
        var told = results.Count(r => r.Outcome == StockOutcome.Done);
        var row = await RowAsync("room2", "2027-03-24");
        Assert.True(told > 10 || row.Held != told, $"{told} told held, counter says {row.Held}");
    }

    [Fact]
    public async Task RoomAvailableButEveningFullHoldsNothing()
    {
        var inventory = Fresh();
        await inventory.SetCapacityAsync(EventId, "room3", "2027-03-24", 5, CancellationToken.None);
        await inventory.SetCapacityAsync(EventId, "evening", StockKeys.Total, 1, CancellationToken.None);
        await inventory.HoldAsync(EventId, "first", [new StockNeed("evening", StockKeys.Total, 1)], Expiry, CancellationToken.None);

        var result = await inventory.HoldAsync(EventId, "second",
            [Night("room3", "2027-03-24"), new StockNeed("evening", StockKeys.Total, 1)], Expiry, CancellationToken.None);

        Assert.Equal(StockOutcome.Short, result.Outcome);
        Assert.Equal("evening", Assert.Single(result.Shortages).ProductId);
        Assert.Equal(0, (await RowAsync("room3", "2027-03-24")).Held);
    }

    [Fact]
    public async Task HoldingTwiceHoldsOnceAndConfirmTurnsItIntoASale()
    {
        var inventory = Fresh();
        await inventory.SetCapacityAsync(EventId, "room4", "2027-03-24", 3, CancellationToken.None);
        await inventory.SetCapacityAsync(EventId, "room4", "2027-03-25", 3, CancellationToken.None);
        IReadOnlyList<StockNeed> stay = [Night("room4", "2027-03-24"), Night("room4", "2027-03-25")];

        Assert.Equal(StockOutcome.Done, (await inventory.HoldAsync(EventId, "reg", stay, Expiry, CancellationToken.None)).Outcome);
        Assert.Equal(StockOutcome.AlreadyDone, (await inventory.HoldAsync(EventId, "reg", stay, Expiry, CancellationToken.None)).Outcome);
        Assert.Equal(StockOutcome.Done, (await inventory.ConfirmAsync(EventId, "reg", CancellationToken.None)).Outcome);
        Assert.Equal(StockOutcome.AlreadyDone, (await inventory.ConfirmAsync(EventId, "reg", CancellationToken.None)).Outcome);

        foreach (var night in new[] { "2027-03-24", "2027-03-25" })
        {
            var row = await RowAsync("room4", night);
            Assert.Equal((0, 1, 2), (row.Held, row.Sold, row.Free));
        }
    }

    [Fact]
    public async Task RetryingTheHoldOfTheLastRoomFindsItHeldNotShort()
    {
        var inventory = Fresh();
        await inventory.SetCapacityAsync(EventId, "room7", "2027-03-24", 1, CancellationToken.None);
        await inventory.HoldAsync(EventId, "retry", [Night("room7", "2027-03-24")], Expiry, CancellationToken.None);

        var again = await inventory.HoldAsync(EventId, "retry", [Night("room7", "2027-03-24")], Expiry, CancellationToken.None);

        Assert.Equal(StockOutcome.AlreadyDone, again.Outcome);
        Assert.Equal(1, (await RowAsync("room7", "2027-03-24")).Held);
    }

    [Fact]
    public async Task HoldingAgainAfterTheSaleHoldsNothing()
    {
        var inventory = Fresh();
        await inventory.SetCapacityAsync(EventId, "room8", "2027-03-24", 5, CancellationToken.None);
        await inventory.HoldAsync(EventId, "sold", [Night("room8", "2027-03-24")], Expiry, CancellationToken.None);
        await inventory.ConfirmAsync(EventId, "sold", CancellationToken.None);

        var again = await inventory.HoldAsync(EventId, "sold", [Night("room8", "2027-03-24")], Expiry, CancellationToken.None);

        Assert.Equal(StockOutcome.AlreadyDone, again.Outcome);
        var row = await RowAsync("room8", "2027-03-24");
        Assert.Equal((0, 1), (row.Held, row.Sold));
    }

    [Fact]
    public async Task ReleaseReturnsTheStockAndALateSaleFindsItGone()
    {
        var inventory = Fresh();
        await inventory.SetCapacityAsync(EventId, "room5", "2027-03-24", 1, CancellationToken.None);
        await inventory.HoldAsync(EventId, "late", [Night("room5", "2027-03-24")], Expiry, CancellationToken.None);

        Assert.Equal(StockOutcome.Done, (await inventory.ReleaseAsync(EventId, "late", CancellationToken.None)).Outcome);
        Assert.Equal(StockOutcome.NothingHeld, (await inventory.ReleaseAsync(EventId, "late", CancellationToken.None)).Outcome);
        await inventory.HoldAsync(EventId, "other", [Night("room5", "2027-03-24")], Expiry, CancellationToken.None);
        var lateSale = await inventory.SellAsync(EventId, "late", [Night("room5", "2027-03-24")], CancellationToken.None);

        Assert.Equal(StockOutcome.Short, lateSale.Outcome);
        var row = await RowAsync("room5", "2027-03-24");
        Assert.Equal((1, 0), (row.Held, row.Sold));
    }

    [Fact]
    public async Task CapacityCannotGoBelowWhatIsHeldAndSold()
    {
        var inventory = Fresh();
        await inventory.SetCapacityAsync(EventId, "room6", "2027-03-24", 4, CancellationToken.None);
        await inventory.HoldAsync(EventId, "a", [Night("room6", "2027-03-24", 3)], Expiry, CancellationToken.None);

        Assert.False(await inventory.SetCapacityAsync(EventId, "room6", "2027-03-24", 2, CancellationToken.None));
        Assert.True(await inventory.SetCapacityAsync(EventId, "room6", "2027-03-24", 3, CancellationToken.None));
        Assert.Equal(3, (await RowAsync("room6", "2027-03-24")).Capacity);
    }
}
