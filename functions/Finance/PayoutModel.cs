using System.Runtime.Serialization;
using System.Text.Json;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.Finance;

public static class PayoutStatus
{
    /// <summary>Lines are being claimed; a run that stopped here is resumed by the next one.</summary>
    public const string Building = "Building";
    /// <summary>Its payments are fixed (rows with the bank details captured): a resumed run releases them, never claims more.</summary>
    public const string Claimed = "Claimed";
    /// <summary>The SEPA file is in the outbox (transfers): waiting for the bank.</summary>
    public const string Released = "Released";
    public const string Executed = "Executed";
    /// <summary>Its lines are due again; its file, if any, stays in the outbox, never overwritten.</summary>
    public const string Cancelled = "Cancelled";
}

public static class PayoutMethods
{
    public const string Transfer = "transfer";
    public const string Cheque = "cheque";
}

/// <summary>One amount a batch took from a registration's share (negative when it recovers an overpayment).</summary>
public sealed record PayoutClaim(string BatchId, long Cents);

/// <summary>
/// What payouts took from one registration's share of one provider (table PayoutLines, partition:
/// the provider, row: event|registration). Claims are added and removed with the row's ETag, all
/// of a provider's in one batch transaction, so two payouts never take the same euro.
/// </summary>
public sealed class PayoutLineRow : TableRow
{
    public const string Table = "PayoutLines";

    public string ClaimsJson { get; set; } = "[]";

    public static string KeyFor(string eventId, string registrationId) => $"{eventId}|{registrationId}";

    public List<PayoutClaim> Claims() => JsonSerializer.Deserialize<List<PayoutClaim>>(ClaimsJson, JsonDefaults.Options) ?? [];

    public void SetClaims(IEnumerable<PayoutClaim> claims) => ClaimsJson = JsonSerializer.Serialize(claims, JsonDefaults.Options);
}

/// <summary>A payout batch (table PayoutBatches, partition: the batch id, row "batch"); its payments are rows of the same partition.</summary>
public sealed class PayoutBatchRow : TableRow
{
    public const string Table = "PayoutBatches";
    public const string HeaderRow = "batch";

    public PayoutBatchRow() => RowKey = HeaderRow;

    [IgnoreDataMember]
    public string Id => PartitionKey;

    public string Method { get; set; } = PayoutMethods.Transfer;
    public string Status { get; set; } = PayoutStatus.Building;
    /// <summary>"schedule" for the timer job, else the staff member's email.</summary>
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CriteriaJson { get; set; } = "{}";
    /// <summary>The execution date asked of the bank (yyyy-MM-dd; tables have no date-only type).</summary>
    public string? ExecutionDate { get; set; }
    public string? ChequeNumber { get; set; }
    public string? FileName { get; set; }
    public int PaymentCount { get; set; }
    public long TotalCents { get; set; }
    public DateTimeOffset? ExecutedAt { get; set; }
    public string? ExecutedBy { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelledBy { get; set; }

    /// <summary>Claims of a batch count while it is in progress or executed; a cancelled batch's claims count no more.</summary>
    public bool Holds => Status != PayoutStatus.Cancelled;
}

/// <summary>One payment of a batch: a provider's due for one event (row "pay|NNNN" of the batch's partition).</summary>
public sealed class PayoutPaymentRow : TableRow
{
    public string EndToEndId { get; set; } = "";
    public string ProviderId { get; set; } = "";
    public string ProviderName { get; set; } = "";
    public string EventId { get; set; } = "";
    public string EventTitle { get; set; } = "";
    public long AmountCents { get; set; }
    public int Registrations { get; set; }
    public string Remittance { get; set; } = "";
    public string? Iban { get; set; }
    public string? Bic { get; set; }
    public string? AccountHolder { get; set; }

    public static string KeyFor(int index) => $"pay|{index:D5}";
}
