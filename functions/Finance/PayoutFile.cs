using System.Globalization;
using Azure;
using Azure.Storage.Blobs.Models;
using Congress.Finance.Sepa;
using Congress.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Congress.Finance;

/// <summary>
/// The SEPA file of a transfer batch: payments take each provider's current bank details, the file is
/// built and validated against the XSD, then written once to the outbox container under a dated name
/// (If-None-Match: *). A file already there for the batch (a resumed run) is left as it is.
/// </summary>
public sealed class PayoutFile(StorageAccount storage, BankDetailsStore bank, IOptions<FinanceOptions> options)
{
    public const string Container = "sepa-outbox";

    public DateOnly ExecutionDate(DateTimeOffset createdAt) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(createdAt, options.Value.Zone()).DateTime).AddDays(options.Value.ExecutionDelayDays);

    public static string BlobName(PayoutBatchRow batch) => $"{batch.CreatedAt.UtcDateTime:yyyy-MM-dd}/{batch.Id}.xml";

    public async Task<string> DropAsync(PayoutBatchRow batch, IReadOnlyList<PayoutPaymentRow> payments, CancellationToken ct)
    {
        var transfers = new List<SepaPayment>();
        foreach (var payment in payments)
        {
            var details = await bank.FindAsync(payment.ProviderId, ct)
                ?? throw new InvalidOperationException($"Provider {payment.ProviderId} lost its bank details while batch {batch.Id} was built.");
            (payment.Iban, payment.Bic, payment.AccountHolder) = (details.Iban, details.Bic, details.AccountHolder);
            transfers.Add(new SepaPayment(payment.EndToEndId, payment.AmountCents / 100m, details.AccountHolder, Iban.Parse(details.Iban),
                details.Bic, payment.Remittance));
        }
        var settings = options.Value;
        var bytes = SepaFile.Build(new SepaTransferBatch(batch.Id, batch.CreatedAt,
            new SepaParty(settings.DebtorName, Iban.Parse(settings.DebtorIban, "Finance:DebtorIban"), settings.DebtorBic),
            batch.ExecutionDate is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : ExecutionDate(batch.CreatedAt), batch.Id, transfers));
        var name = BlobName(batch);
        try
        {
            await storage.Container(Container).GetBlobClient(name).UploadAsync(new BinaryData(bytes), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/xml" },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, ct);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Released by an earlier run of this batch: a released file is never overwritten.
        }
        return name;
    }
}
