using Azure;
using Azure.Data.Tables;
using Congress.Messaging;
using Congress.Platform.Storage;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Platform;

public sealed class StorageTests(PlainApp fixture) : IClassFixture<PlainApp>, IAsyncLifetime
{
    private readonly TableClient _table = fixture.App.Storage.Table("Counters");
    // A counter at 0 for each test.
    private readonly string _counter = "c-" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync()
    {
        await _table.CreateIfNotExistsAsync();
        await _table.AddEntityAsync(new TableEntity("counter", _counter) { ["Value"] = 0 });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UpdateWithStaleETagIsRefusedWith412()
    {
        var first = (await _table.GetEntityAsync<TableEntity>("counter", _counter)).Value;
        var stale = (await _table.GetEntityAsync<TableEntity>("counter", _counter)).Value;
        first["Value"] = 1;
        await _table.UpdateEntityAsync(first, first.ETag);

        stale["Value"] = 2;
        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => _table.UpdateEntityAsync(stale, stale.ETag));

        Assert.Equal(412, refused.Status);
        Assert.Equal(1, (await _table.GetEntityAsync<TableEntity>("counter", _counter)).Value.GetInt32("Value"));
    }

    [Fact]
    public async Task ConditionalUpdateRetriesAfterAConcurrentWriteAndSucceeds()
    {
        var interfered = false;
        var result = await _table.UpdateConditionallyAsync<TableEntity>("counter", _counter, entity =>
        {
            if (!interfered)
            {
                // Someone else writes between our read and our write: our first write gets 412.
                interfered = true;
                var other = _table.GetEntity<TableEntity>("counter", _counter).Value;
                other["Value"] = 100;
                _table.UpdateEntity(other, other.ETag);
            }
            entity["Value"] = entity.GetInt32("Value")!.Value + 1;
            return true;
        });

        Assert.Equal(101, result!.GetInt32("Value"));
        Assert.Equal(101, (await _table.GetEntityAsync<TableEntity>("counter", _counter)).Value.GetInt32("Value"));
    }

    [Fact]
    public async Task ConcurrentConditionalIncrementsLoseNoUpdate()
    {
        const int writers = 16;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(() =>
            _table.UpdateConditionallyAsync<TableEntity>("counter", _counter, entity =>
            {
                entity["Value"] = entity.GetInt32("Value")!.Value + 1;
                return true;
            }, attempts: 100))));

        Assert.Equal(writers, (await _table.GetEntityAsync<TableEntity>("counter", _counter)).Value.GetInt32("Value"));
    }

    [Fact]
    public async Task NegativeControl_BlindWritesLoseUpdates()
    {
        // Without the ETag condition, writers that read the same value overwrite each other.
        const int writers = 8;
        using var everyoneHasRead = new Barrier(writers);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            var entity = (await _table.GetEntityAsync<TableEntity>("counter", _counter)).Value;
            everyoneHasRead.SignalAndWait();
            entity["Value"] = entity.GetInt32("Value")!.Value + 1;
            await _table.UpdateEntityAsync(entity, ETag.All);
        })));

        Assert.Equal(1, (await _table.GetEntityAsync<TableEntity>("counter", _counter)).Value.GetInt32("Value"));
    }

    [Fact]
    public async Task BatchAcrossPartitionsIsRefusedBeforeAnythingIsWritten()
    {
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, new TableEntity("p1", "a")),
            new(TableTransactionActionType.Add, new TableEntity("p2", "b")),
        };

        await Assert.ThrowsAsync<ArgumentException>(() => _table.SubmitSinglePartitionAsync(actions));

        Assert.False((await _table.GetEntityIfExistsAsync<TableEntity>("p1", "a")).HasValue);
    }

    [Fact]
    public async Task BatchOfMoreThanOneHundredIsRefusedAndOneHundredIsAccepted()
    {
        TableTransactionAction Add(int i) => new(TableTransactionActionType.Add, new TableEntity("batch", $"r{i:D3}"));

        await Assert.ThrowsAsync<ArgumentException>(() =>
            _table.SubmitSinglePartitionAsync(Enumerable.Range(0, 101).Select(Add).ToList()));
        await _table.SubmitSinglePartitionAsync(Enumerable.Range(0, 100).Select(Add).ToList());

        var stored = await _table.QueryPartitionAsync<TableEntity>("batch").CountAsync();
        Assert.Equal(100, stored);
    }

    [Fact]
    public async Task PartitionQueryIsNotFooledByQuotesInTheKey()
    {
        await _table.AddEntityAsync(new TableEntity("o'brien", "x"));
        await _table.AddEntityAsync(new TableEntity("other", "y"));

        var rows = await _table.QueryPartitionAsync<TableEntity>("o'brien' or PartitionKey ne 'x").ToListAsync();
        var exact = await _table.QueryPartitionAsync<TableEntity>("o'brien").ToListAsync();

        Assert.Empty(rows);
        Assert.Single(exact);
    }
}

/// <summary>Start-up lists what storage holds and creates only what is missing.</summary>
public sealed class StorageInitializerTests
{
    [Fact]
    public async Task ARestartRecreatesWhatIsMissingAndKeepsWhatIsThere()
    {
        // Two apps on one prefix of their own: a restart.
        var settings = new Dictionary<string, string?> { ["Storage:Prefix"] = "s" + Guid.NewGuid().ToString("N")[..10] };
        await using (var first = await AppFactory.CreateAsync(settings))
        {
            await first.Storage.Table(EmailOutbox.Table).DeleteAsync();
            await first.Storage.Queue(EmailOutbox.Queue).DeleteAsync();
            await first.Storage.Table(EmailLog.Table)
                .AddEntityAsync(new TableEntity("p", "kept"));
        }

        await using var second = await AppFactory.CreateAsync(settings);

        Assert.True((await second.Storage.Queue(EmailOutbox.Queue).ExistsAsync()).Value);
        var outbox = second.Storage.Table(EmailOutbox.Table);
        await outbox.AddEntityAsync(new TableEntity("p", "new"));
        Assert.True((await second.Storage.Table(EmailLog.Table).GetEntityIfExistsAsync<TableEntity>("p", "kept")).HasValue);
    }
}
