using System.Globalization;
using Azure;
using Azure.Storage.Blobs.Models;
using Congress.Finance.Sepa;
using Congress.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Congress.Finance;

/// <summary>
/// The SEPA file of a transfer batch, built from its stored payments (bank details as captured when
/// the batch was claimed) and validated against the XSD, then written once to the outbox container
/// under the batch's local date (If-None-Match: *). A file already there for the batch (a resumed
/// run) is left as it is; a cancelled batch's file is tagged, never rewritten.
/// </summary>
public sealed class PayoutFile(StorageAccount storage, IOptions<FinanceOptions> options)
{
    public const string Container = "sepa-outbox";

    public DateOnly ExecutionDate(DateTimeOffset createdAt) => LocalDay(createdAt).AddDays(options.Value.ExecutionDelayDays);

    public string BlobName(PayoutBatchRow batch) => $"{LocalDay(batch.CreatedAt):yyyy-MM-dd}/{batch.Id}.xml";

    /// <summary>Throws when the organiser's paying account is missing or invalid: checked before anything is claimed.</summary>
    public SepaParty EnsureConfigured()
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.DebtorName) || !Iban.TryParse(settings.DebtorIban, "Finance:DebtorIban", out var iban, out _)
            || !Bic.TryParse(settings.DebtorBic, "Finance:DebtorBic", out var bic, out _))
            throw new PayoutsNotConfiguredException("Finance:DebtorName, Finance:DebtorIban (and Finance:DebtorBic if set) must be valid for transfers.");
        return new SepaParty(settings.DebtorName, iban, bic);
    }

    public async Task<string> DropAsync(PayoutBatchRow batch, IReadOnlyList<PayoutPaymentRow> payments, CancellationToken ct)
    {
        var transfers = payments.OrderBy(p => p.RowKey, StringComparer.Ordinal).Select(p => new SepaPayment(p.EndToEndId, p.AmountCents / 100m,
            p.AccountHolder!, Iban.Parse(p.Iban!), p.Bic, p.Remittance)).ToList();
        var execution = batch.ExecutionDate is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : ExecutionDate(batch.CreatedAt);
        var bytes = SepaFile.Build(new SepaTransferBatch(batch.Id, batch.CreatedAt, EnsureConfigured(), execution, batch.Id, transfers));
        var name = BlobName(batch);
        try
        {
            await storage.Container(Container).GetBlobClient(name).UploadAsync(new BinaryData(bytes), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/xml" },
                // If-None-Match: * — create only, the rule for released files: the opposite of a blind write.
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, ct);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Released by an earlier run of this batch: a released file is never overwritten.
        }
        return name;
    }

    /// <summary>Tags a cancelled batch's file (metadata only: the content stays as released) so that nobody sends it to the bank.</summary>
    public async Task TagCancelledAsync(PayoutBatchRow batch, CancellationToken ct)
    {
        if (batch.FileName is null) return;
        var blob = storage.Container(Container).GetBlobClient(batch.FileName);
        if (await blob.ExistsAsync(ct))
            await blob.SetMetadataAsync(new Dictionary<string, string> { ["status"] = "cancelled", ["batch"] = batch.Id }, cancellationToken: ct);
    }

    private DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, options.Value.Zone()).DateTime);
}
