using Congress.Platform.Storage;

namespace Congress.Registrations;

/// <summary>Registration numbers: 8 digits, sequential per deployment, from one conditional counter.</summary>
public sealed class RegistrationNumbers(StorageAccount storage)
{
    public const string Table = "Counters";
    private const string Partition = "counter";
    private const string Row = "registration-number";
    // One instance asks for numbers one at a time, sparing the counter a storm of 412s at rush hour;
    // across instances the ETag decides.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _created;
    // The counter as this instance last wrote it: while no other instance moves it, the next number
    // is one conditional write, with no read first.
    private CounterRow? _last;

    public async Task<string> NextAsync(CancellationToken ct)
    {
        var table = storage.Table(Table);
        await _gate.WaitAsync(ct);
        try
        {
            if (!_created)
            {
                await table.TryAddAsync(new CounterRow { PartitionKey = Partition, RowKey = Row, Value = 0 }, ct);
                _created = true;
            }
            var counter = _last is { } last ? await table.UpdateFromAsync(last, Increment, ct) : null;
            counter ??= await table.UpdateConditionallyAsync<CounterRow>(Partition, Row, Increment, ct, attempts: 100);
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
