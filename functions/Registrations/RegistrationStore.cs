using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Congress.Platform.Storage;

namespace Congress.Registrations;

/// <summary>Reads and changes registrations, always conditionally on their ETag.</summary>
public sealed class RegistrationStore(StorageAccount storage)
{
    private TableClient Table => storage.Table(RegistrationEntity.Table);

    /// <summary>The same event and client key always give the same id: a retried submit finds its registration.</summary>
    public static string IdFor(string eventId, string clientKey) =>
        "r" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventId + "\n" + clientKey)))[..24];

    public async Task<RegistrationEntity?> FindAsync(string id, CancellationToken ct)
    {
        if (!TableKeys.IsSafe(id) || id.Length > 40) return null;
        var found = await Table.GetEntityIfExistsAsync<RegistrationEntity>(id, RegistrationEntity.Row, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    public Task<bool> TryAddAsync(RegistrationEntity entity, CancellationToken ct) => Table.TryAddAsync(entity, ct);

    /// <summary>Applies <paramref name="change"/> to a copy in hand, re-reading only if it is stale.</summary>
    public Task<RegistrationEntity?> UpdateAsync(RegistrationEntity current, Func<RegistrationEntity, bool> change, CancellationToken ct) =>
        Table.UpdateFromAsync(current, change, ct);

    /// <summary>Applies <paramref name="change"/> to the current state; false from it leaves the row alone.</summary>
    public Task<RegistrationEntity?> UpdateAsync(string id, Func<RegistrationEntity, bool> change, CancellationToken ct) =>
        Table.UpdateConditionallyAsync(id, RegistrationEntity.Row, change, ct);
}
