using Congress.Platform.Storage;

namespace Congress.Registrations;

/// <summary>Registration numbers: 8 digits, sequential per deployment, from one conditional counter.</summary>
public sealed class RegistrationNumbers(StorageAccount storage)
{
    public const string Table = "Counters";
    private const string Partition = "counter";
    private const string Row = "registration-number";

    public async Task<string> NextAsync(CancellationToken ct)
    {
        var table = storage.Table(Table);
        await table.TryAddAsync(new CounterRow { PartitionKey = Partition, RowKey = Row, Value = 0 }, ct);
        var counter = await table.UpdateConditionallyAsync<CounterRow>(Partition, Row, c =>
        {
            c.Value++;
            return true;
        }, ct, attempts: 100);
        return counter!.Value.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class CounterRow : TableRow
{
    public long Value { get; set; }
}
