namespace Congress.Platform.Storage;

/// <summary>
/// A number sequence of the deployment (registration numbers, room block request numbers): one
/// conditional counter row in the Counters table. One instance asks for numbers one at a time,
/// sparing the row a storm of 412s at rush hour, and writes from the copy it last wrote (no read
/// while no other instance moves it); across instances the ETag decides.
/// </summary>
public sealed class Sequence(StorageAccount storage, string name)
{
    public const string Table = "Counters";
    private const string Partition = "counter";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _created;
    private CounterRow? _last;

    /// <summary>The next number, as 8 digits.</summary>
    public async Task<string> NextAsync(CancellationToken ct)
    {
        var table = storage.Table(Table);
        await _gate.WaitAsync(ct);
        try
        {
            if (!_created)
            {
                await table.TryAddAsync(new CounterRow { PartitionKey = Partition, RowKey = name, Value = 0 }, ct);
                _created = true;
            }
            var counter = _last is { } last ? await table.UpdateFromAsync(last, Increment, ct) : null;
            counter ??= await table.UpdateConditionallyAsync<CounterRow>(Partition, name, Increment, ct, attempts: 100);
            _last = counter;
            return counter!.Value.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        }
        catch
        {
            _last = null;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool Increment(CounterRow counter)
    {
        counter.Value++;
        return true;
    }
}

public sealed class CounterRow : TableRow
{
    public long Value { get; set; }
}
