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
            var counter = await table.UpdateConditionallyAsync<CounterRow>(Partition, Row, c =>
            {
                c.Value++;
                return true;
            }, ct, attempts: 100);
            return counter!.Value.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            _gate.Release();
        }
    }
}

public sealed class CounterRow : TableRow
{
    public long Value { get; set; }
}
