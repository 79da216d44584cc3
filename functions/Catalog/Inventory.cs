using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Congress.Platform.Storage;

namespace Congress.Catalog;

public enum StockOutcome { Done, AlreadyDone, Short, NothingHeld, Moved }

public sealed record StockResult(StockOutcome Outcome, IReadOnlyList<Shortage> Shortages)
{
    public static readonly StockResult Done = new(StockOutcome.Done, []);
    public static readonly StockResult AlreadyDone = new(StockOutcome.AlreadyDone, []);
    public static readonly StockResult NothingHeld = new(StockOutcome.NothingHeld, []);
    public static readonly StockResult Moved = new(StockOutcome.Moved, []);
}

/// <summary>
/// Holds, sells and releases stock. Every change of a registration is one batch in the event's
/// partition: each counter is written only if unchanged since read (ETag) and a marker row records
/// what was done, so the registration gets all its products or none, and doing it twice does
/// nothing more. Within one instance, changes to one event queue behind a gate, which spares the
/// storage account a storm of 412s at rush hour; across instances the ETags decide.
/// </summary>
public sealed class Inventory(StorageAccount storage)
{
    private const int MaxAttempts = 50;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new();

    /// <summary>Test switch for the negative control only: writes without ETag conditions.</summary>
    internal bool Unguarded { get; init; }

    /// <summary>Test switch: no per-event gate, as if every request ran on its own instance.</summary>
    internal bool Ungated { get; init; }

    private TableClient Table => storage.Table(StockKeys.Table);

    public Task<StockResult> HoldAsync(string eventId, string registrationId, IReadOnlyList<StockNeed> needs,
        DateTimeOffset expiresAt, CancellationToken ct) =>
        ChangeAsync(eventId, registrationId, needs, Mode.Hold, expiresAt, ct);

    /// <summary>Turns the registration's hold into a sale.</summary>
    public Task<StockResult> ConfirmAsync(string eventId, string registrationId, CancellationToken ct) =>
        ChangeAsync(eventId, registrationId, null, Mode.Confirm, null, ct);

    /// <summary>Sells without a hold (a payment that came after the hold expired), if stock allows.</summary>
    public Task<StockResult> SellAsync(string eventId, string registrationId, IReadOnlyList<StockNeed> needs,
        CancellationToken ct) =>
        ChangeAsync(eventId, registrationId, needs, Mode.Sell, null, ct);

    /// <summary>Gives the held stock back.</summary>
    public Task<StockResult> ReleaseAsync(string eventId, string registrationId, CancellationToken ct) =>
        ChangeAsync(eventId, registrationId, null, Mode.Release, null, ct);

    /// <summary>
    /// Changes what the registration holds or bought from <paramref name="from"/> to
    /// <paramref name="needs"/> (staff editing a file): only the difference moves, and an increase
    /// must fit in what is free. When the registration no longer holds <paramref name="from"/>
    /// (another edit moved it first) nothing changes and the answer is <see cref="StockOutcome.Moved"/>;
    /// a null <paramref name="from"/> takes whatever it holds (bringing the stock back in line).
    /// </summary>
    public Task<StockResult> AdjustAsync(string eventId, string registrationId, IReadOnlyList<StockNeed>? from,
        IReadOnlyList<StockNeed> needs, CancellationToken ct) =>
        ChangeAsync(eventId, registrationId, needs, Mode.Adjust, null, ct, from);

    /// <summary>Gives back everything the registration holds or bought (a cancellation).</summary>
    public Task<StockResult> ReturnAsync(string eventId, string registrationId, CancellationToken ct) =>
        ChangeAsync(eventId, registrationId, [], Mode.Return, null, ct);

    private enum Mode { Hold, Confirm, Sell, Release, Adjust, Return }

    private async Task<StockResult> ChangeAsync(string eventId, string registrationId, IReadOnlyList<StockNeed>? asked,
        Mode mode, DateTimeOffset? expiresAt, CancellationToken ct, IReadOnlyList<StockNeed>? expected = null)
    {
        var gate = Ungated ? null : _gates.GetOrAdd(eventId, _ => new SemaphoreSlim(1, 1));
        if (gate is not null) await gate.WaitAsync(ct);
        try
        {
            return await OptimisticRetry.RunAsync(async attempt =>
            {
                // A first hold need not read its hold marker: adding it fails if one exists. The sale
                // marker and, when the needs are known, the counters are read at once: this runs behind
                // the event's gate, so every round trip here is one every other buyer waits for.
                var markersKnown = mode != Mode.Hold || attempt > 1;
                var holdRead = markersKnown ? ReadAsync<StockMarker>(eventId, StockKeys.Hold(registrationId), ct) : null;
                var saleRead = ReadAsync<StockMarker>(eventId, StockKeys.Sale(registrationId), ct);
                var rowsRead = mode is Mode.Hold or Mode.Sell ? ReadRowsAsync(eventId, StockNeed.Combine(asked!), ct) : null;
                var hold = holdRead is null ? null : await holdRead;
                var sale = await saleRead;
                if (sale is not null && mode is Mode.Confirm or Mode.Sell) return StockResult.AlreadyDone;
                if (mode == Mode.Hold && (hold is not null || sale is not null)) return StockResult.AlreadyDone;
                if (mode is Mode.Confirm or Mode.Release && hold is null) return StockResult.NothingHeld;
                if (mode is Mode.Adjust or Mode.Return)
                {
                    if ((sale ?? hold) is not { } marker) return StockResult.NothingHeld;
                    if (expected is not null && !StockNeed.Same(marker.NeedList, expected)) return StockResult.Moved;
                    var delta = await PlanDeltaAsync(eventId, marker, sale is not null, asked!, ct);
                    if (delta.Shortages.Count > 0) return new StockResult(StockOutcome.Short, delta.Shortages);
                    if (delta.Actions.Count == 0) return StockResult.AlreadyDone;
                    await Table.SubmitSinglePartitionAsync(delta.Actions, ct);
                    return StockResult.Done;
                }

                var needs = StockNeed.Combine(asked ?? hold!.NeedList);
                var rows = rowsRead is null ? await ReadRowsAsync(eventId, needs, ct) : await rowsRead;
                var plan = Plan(needs, rows, mode);
                if (plan.Shortages.Count > 0)
                {
                    // Short may only mean "our own earlier hold took it": look before saying no.
                    if (!markersKnown && await ReadAsync<StockMarker>(eventId, StockKeys.Hold(registrationId), ct) is not null)
                        return StockResult.AlreadyDone;
                    return new StockResult(StockOutcome.Short, plan.Shortages);
                }
                var actions = plan.Actions;
                if (mode == Mode.Hold)
                    actions.Add(new(TableTransactionActionType.Add, Marker(eventId, StockKeys.Hold(registrationId), registrationId, needs, expiresAt)));
                if (mode is Mode.Confirm or Mode.Release)
                    actions.Add(new(TableTransactionActionType.Delete, hold!, hold!.ETag));
                if (mode is Mode.Confirm or Mode.Sell)
                    actions.Add(new(TableTransactionActionType.Add, Marker(eventId, StockKeys.Sale(registrationId), registrationId, needs, null)));
                // Somebody changed a row meanwhile: the batch fails and the attempt runs again from a fresh read.
                await Table.SubmitSinglePartitionAsync(actions, ct);
                return StockResult.Done;
            }, ct, MaxAttempts);
        }
        finally
        {
            gate?.Release();
        }
    }

    /// <summary>
    /// The batch that moves the registration's marker from what it has to <paramref name="wanted"/>:
    /// each counter by the difference (held or sold, as the marker is), the marker rewritten, or
    /// deleted when nothing is left.
    /// </summary>
    private async Task<Changes> PlanDeltaAsync(string eventId, StockMarker marker, bool sold, IReadOnlyList<StockNeed> wanted,
        CancellationToken ct)
    {
        var before = StockNeed.Combine(marker.NeedList).ToDictionary(n => n.Key);
        var after = StockNeed.Combine(wanted).ToDictionary(n => n.Key);
        var changed = before.Keys.Union(after.Keys)
            .Select(key => (key, need: after.GetValueOrDefault(key) ?? before[key],
                delta: (after.GetValueOrDefault(key)?.Quantity ?? 0) - (before.GetValueOrDefault(key)?.Quantity ?? 0)))
            .Where(c => c.delta != 0).ToList();
        if (changed.Count + 1 > TableExtensions.MaxBatchSize)
            throw new ArgumentException("Too many stock rows change at once for one batch.", nameof(wanted));
        var rows = await ReadRowsAsync(eventId, changed.Select(c => c.need).ToList(), ct);
        var actions = new List<TableTransactionAction>();
        var shortages = new List<Shortage>();
        for (var i = 0; i < changed.Count; i++)
        {
            var (_, need, delta) = changed[i];
            var row = rows[i];
            if (delta > 0 && (row is null || row.Free < delta))
            {
                shortages.Add(new Shortage(need.ProductId, need.Slot, delta, Math.Max(0, row?.Free ?? 0)));
                continue;
            }
            if (row is null) continue; // giving back a row that no longer exists: nothing to count
            if (sold) row.Sold += delta; else row.Held += delta;
            actions.Add(new(TableTransactionActionType.UpdateReplace, row, row.ETag));
        }
        if (shortages.Count > 0 || changed.Count == 0 && after.Count > 0) return new Changes(actions, shortages);
        if (after.Count == 0)
            actions.Add(new(TableTransactionActionType.Delete, marker, marker.ETag));
        else
        {
            marker.Needs = StockNeed.Format(after.Values);
            actions.Add(new(TableTransactionActionType.UpdateReplace, marker, marker.ETag));
        }
        return new Changes(actions, shortages);
    }

    private sealed record Changes(List<TableTransactionAction> Actions, List<Shortage> Shortages);

    private Task<StockRow?[]> ReadRowsAsync(string eventId, IReadOnlyList<StockNeed> needs, CancellationToken ct) =>
        Task.WhenAll(needs.Select(n => ReadAsync<StockRow>(eventId, n.Key, ct)));

    private Changes Plan(IReadOnlyList<StockNeed> needs, StockRow?[] rows, Mode mode)
    {
        var actions = new List<TableTransactionAction>();
        var shortages = new List<Shortage>();
        for (var i = 0; i < needs.Count; i++)
        {
            var (need, row) = (needs[i], rows[i]);
            if (row is null)
            {
                shortages.Add(new Shortage(need.ProductId, need.Slot, need.Quantity, 0));
                continue;
            }
            if (mode is Mode.Hold or Mode.Sell && row.Free < need.Quantity)
            {
                shortages.Add(new Shortage(need.ProductId, need.Slot, need.Quantity, Math.Max(0, row.Free)));
                continue;
            }
            switch (mode)
            {
                case Mode.Hold: row.Held += need.Quantity; break;
                case Mode.Sell: row.Sold += need.Quantity; break;
                case Mode.Confirm: row.Held -= need.Quantity; row.Sold += need.Quantity; break;
                case Mode.Release: row.Held -= need.Quantity; break;
            }
            actions.Add(new(TableTransactionActionType.UpdateReplace, row, Unguarded ? ETag.All : row.ETag));
        }
        return new Changes(actions, shortages);
    }

    /// <summary>Whether the registration's stock was sold (its hold confirmed, or bought after it).</summary>
    public async Task<bool> IsSoldAsync(string eventId, string registrationId, CancellationToken ct) =>
        await ReadAsync<StockMarker>(eventId, StockKeys.Sale(registrationId), ct) is not null;

    /// <summary>Free count of each stock row asked (rows that do not exist count as 0).</summary>
    public async Task<IReadOnlyDictionary<string, int>> FreeAsync(string eventId, IEnumerable<string> keys, CancellationToken ct)
    {
        var distinct = keys.Distinct().ToList();
        var rows = await Task.WhenAll(distinct.Select(k => ReadAsync<StockRow>(eventId, k, ct)));
        return distinct.Zip(rows).ToDictionary(p => p.First, p => p.Second?.Free ?? 0);
    }

    public async Task<List<StockRow>> RowsAsync(string eventId, CancellationToken ct)
    {
        return await Table.QueryKindAsync<StockRow>(eventId, "stock", ct).ToListAsync(ct);
    }

    /// <summary>Sets the capacity of one row; refused (false) below what is already held and sold.</summary>
    public async Task<bool> SetCapacityAsync(string eventId, string productId, string slot, int capacity, CancellationToken ct)
    {
        var key = StockKeys.Stock(productId, slot);
        if (await Table.TryAddAsync(new StockRow { PartitionKey = eventId, RowKey = key, ProductId = productId, Slot = slot, Capacity = capacity }, ct))
            return true;
        var accepted = false;
        await Table.UpdateConditionallyAsync<StockRow>(eventId, key, row =>
        {
            accepted = capacity >= row.Held + row.Sold;
            if (!accepted || row.Capacity == capacity) return false;
            row.Capacity = capacity;
            return true;
        }, ct);
        return accepted;
    }

    /// <summary>
    /// Closes a row: its capacity becomes what is held and sold now, and nothing more is sold.
    /// Returns the row as closed (null when it does not exist), or as it was if already closed.
    /// </summary>
    public Task<StockRow?> CloseAsync(string eventId, string productId, string slot, CancellationToken ct) =>
        Table.UpdateConditionallyAsync<StockRow>(eventId, StockKeys.Stock(productId, slot), row =>
        {
            if (row.Closed) return false;
            row.Capacity = row.Held + row.Sold;
            row.Closed = true;
            return true;
        }, ct);

    private static StockMarker Marker(string eventId, string key, string registrationId, IEnumerable<StockNeed> needs,
        DateTimeOffset? expiresAt) =>
        new() { PartitionKey = eventId, RowKey = key, RegistrationId = registrationId, Needs = StockNeed.Format(needs), ExpiresAt = expiresAt };

    private async Task<T?> ReadAsync<T>(string eventId, string key, CancellationToken ct) where T : class, ITableEntity, new()
    {
        var found = await Table.GetEntityIfExistsAsync<T>(eventId, key, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }
}
