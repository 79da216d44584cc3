using Azure.Data.Tables;
using Congress.Platform.Storage;

namespace Congress.Finance;

/// <summary>A provider's current bank details (table ProviderBankDetails, partition: the provider, row "current").</summary>
public sealed class BankDetailsRow : TableRow
{
    public const string Table = "ProviderBankDetails";
    public const string CurrentRow = "current";

    public BankDetailsRow() => RowKey = CurrentRow;

    public string Iban { get; set; } = "";
    public string? Bic { get; set; }
    public string AccountHolder { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
    public string ChangedBy { get; set; } = "";
    /// <summary>Set by a second person (not the one who changed them); cleared by every change.</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string? ConfirmedBy { get; set; }

    /// <summary>Details younger than the cooling period pay nothing until somebody else confirms them.</summary>
    public bool Payable(DateTimeOffset now, TimeSpan cooling) => ConfirmedAt is not null || ChangedAt <= now - cooling;
}

/// <summary>One change or confirmation of a provider's bank details, in the same partition, written in the same transaction.</summary>
public sealed class BankDetailsHistoryRow : TableRow
{
    public DateTimeOffset At { get; set; }
    public string By { get; set; } = "";
    public string Action { get; set; } = "";
    public string? IbanBefore { get; set; }
    public string? IbanAfter { get; set; }
    public string? BicBefore { get; set; }
    public string? BicAfter { get; set; }
    public string? HolderBefore { get; set; }
    public string? HolderAfter { get; set; }

    /// <summary>Newest first when the partition is read in key order.</summary>
    public static string KeyFor(DateTimeOffset at) => $"history|{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}|{Guid.NewGuid():N}";
}

public sealed class BankDetailsStore(StorageAccount storage)
{
    private TableClient Table => storage.Table(BankDetailsRow.Table);

    public async Task<BankDetailsRow?> FindAsync(string providerId, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<BankDetailsRow>(providerId, BankDetailsRow.CurrentRow, cancellationToken: ct);
        return row.HasValue ? row.Value : null;
    }

    public async Task<IReadOnlyList<BankDetailsHistoryRow>> HistoryAsync(string providerId, CancellationToken ct)
    {
        return await Table.QueryKindAsync<BankDetailsHistoryRow>(providerId, "history", ct).ToListAsync(ct);
    }

    /// <summary>
    /// Replaces the details (when <paramref name="expected"/> still is the current row, or none existed)
    /// and records the change, both in one transaction; false when somebody changed them meanwhile.
    /// </summary>
    public async Task<bool> ChangeAsync(string providerId, BankDetailsRow? expected, string iban, string? bic, string holder,
        string by, DateTimeOffset at, CancellationToken ct)
    {
        var row = new BankDetailsRow
        {
            PartitionKey = providerId, Iban = iban, Bic = bic, AccountHolder = holder, ChangedAt = at, ChangedBy = by,
        };
        var history = new BankDetailsHistoryRow
        {
            PartitionKey = providerId, RowKey = BankDetailsHistoryRow.KeyFor(at), At = at, By = by, Action = "changed",
            IbanBefore = expected?.Iban, IbanAfter = iban, BicBefore = expected?.Bic, BicAfter = bic,
            HolderBefore = expected?.AccountHolder, HolderAfter = holder,
        };
        return await SubmitAsync(expected, row, history, ct);
    }

    /// <summary>A second person confirms the current details; false when they changed meanwhile.</summary>
    public async Task<bool> ConfirmAsync(BankDetailsRow current, string by, DateTimeOffset at, CancellationToken ct)
    {
        current.ConfirmedAt = at;
        current.ConfirmedBy = by;
        var history = new BankDetailsHistoryRow
        {
            PartitionKey = current.PartitionKey, RowKey = BankDetailsHistoryRow.KeyFor(at), At = at, By = by, Action = "confirmed",
            IbanAfter = current.Iban, BicAfter = current.Bic, HolderAfter = current.AccountHolder,
        };
        return await SubmitAsync(current, current, history, ct);
    }

    private async Task<bool> SubmitAsync(BankDetailsRow? expected, BankDetailsRow row, BankDetailsHistoryRow history, CancellationToken ct)
    {
        var write = expected is null
            ? new TableTransactionAction(TableTransactionActionType.Add, row)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, expected.ETag);
        try
        {
            await Table.SubmitSinglePartitionAsync([write, new TableTransactionAction(TableTransactionActionType.Add, history)], ct);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }
}
