using Azure.Storage.Blobs;
using Congress.Events;
using Congress.Platform.Storage;

namespace Congress.Registrations;

/// <summary>The PDF summary of a numbered registration, written once to blob storage and read from there.</summary>
public sealed class RegistrationSummaries(StorageAccount storage, RegistrationPayments payments, EventStore events, TimeProvider time)
{
    public const string Container = "documents";

    public static string BlobName(string registrationId) => $"registrations/{registrationId}/summary.pdf";

    /// <summary>Writes the summary if it is not there yet; returns its blob.</summary>
    public async Task<BlobClient> EnsureAsync(RegistrationEntity registration, CancellationToken ct)
    {
        var blob = storage.Container(Container).GetBlobClient(BlobName(registration.Id));
        if (await blob.ExistsAsync(ct)) return blob;
        var view = RegistrationView.From(registration, await events.GetAsync(registration.EventId, ct),
            await payments.PaymentsAsync(registration.Id, ct), null);
        try
        {
            // Written once: a second writer at the same moment finds it there and keeps the first.
            await blob.UploadAsync(BinaryData.FromBytes(RegistrationDocument.Build(view, time.GetUtcNow())), overwrite: false, ct);
        }
        catch (Azure.RequestFailedException e) when (e.Status is 409 or 412) { }
        return blob;
    }
}
