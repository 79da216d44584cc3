using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Congress.Platform.Storage;

namespace Congress.Registrations;

/// <summary>
/// Reads and changes registrations. Every change is conditional on the row's ETag and is written in
/// one batch with its history entry; the event's digest follows.
/// </summary>
public sealed class RegistrationStore(StorageAccount storage, RegistrationDigests digests, TimeProvider time)
{
    private const int Attempts = 20;

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

    /// <summary>
    /// Adds a new registration; false when the id exists. History and digest exist only for
    /// registrations that got their stock (those staff follow): the first entry, when the stock is
    /// held, lists everything the registration holds, and a submit refused for lack of stock costs
    /// no more writes than before they existed.
    /// </summary>
    public async Task<bool> TryAddAsync(RegistrationEntity entity, CancellationToken ct)
    {
        entity.Revision = 1;
        return await Table.TryAddAsync(entity, ct);
    }

    /// <summary>Applies <paramref name="change"/> to a copy in hand, re-reading only if it is stale.</summary>
    public async Task<RegistrationEntity?> UpdateAsync(RegistrationEntity current, Func<RegistrationEntity, bool> change, Change why,
        CancellationToken ct) =>
        (await UpdateCoreAsync(current, current.Id, null, change, why, ct)).Registration;

    /// <summary>Applies <paramref name="change"/> to the current state; false from it leaves the row alone.</summary>
    public async Task<RegistrationEntity?> UpdateAsync(string id, Func<RegistrationEntity, bool> change, Change why, CancellationToken ct) =>
        (await UpdateCoreAsync(null, id, null, change, why, ct)).Registration;

    /// <summary>
    /// A change made on a given revision (a staff member's edit): refused as <see cref="Edit.Stale"/>
    /// when somebody else changed the registration since, never applied over their change.
    /// </summary>
    public Task<Edit> UpdateRevisionAsync(string id, long revision, Func<RegistrationEntity, bool> change, Change why,
        CancellationToken ct) =>
        UpdateCoreAsync(null, id, revision, change, why, ct);

    public async Task<List<HistoryEntry>> HistoryAsync(string id, CancellationToken ct)
    {
        return await Table.QueryKindAsync<HistoryRow>(id, HistoryRow.Prefix[..^1], ct).Select(h => h.ToEntry()).ToListAsync(ct);
    }

    private async Task<Edit> UpdateCoreAsync(RegistrationEntity? inHand, string id, long? revision, Func<RegistrationEntity, bool> change,
        Change why, CancellationToken ct)
    {
        var (edit, statusBefore) = await OptimisticRetry.RunAsync<(Edit, string?)>(async attempt =>
        {
            var current = attempt == 1 && inHand is not null ? inHand : await FindAsync(id, ct);
            if (current is null) return (new Edit(null, Stale: false), null);
            if (revision is { } expected && current.Revision != expected) return (new Edit(current, Stale: true), null);
            var statusBefore = current.Status;
            var before = RegistrationDigests.IsListed(statusBefore) ? RegistrationSnapshot.Of(current) : RegistrationSnapshot.Empty;
            // Nothing to change: perhaps a retry after the change was written but not its digest, written below.
            if (!change(current)) return (new Edit(current, Stale: false), statusBefore);
            current.Revision++;
            var listed = RegistrationDigests.IsListed(current.Status);
            var changes = listed ? RegistrationSnapshot.Of(current).ChangesSince(before) : [];
            if (listed && why.Notes is { } notes) changes.AddRange(notes);
            if (changes.Count == 0)
                current.ETag = (await Table.UpdateEntityAsync(current, current.ETag, TableUpdateMode.Replace, ct)).Headers.ETag ?? current.ETag;
            else
            {
                var response = await Table.SubmitSinglePartitionAsync([new(TableTransactionActionType.UpdateReplace, current, current.ETag),
                    new(TableTransactionActionType.Add, HistoryRow.For(current, why, changes, time.GetUtcNow()))], ct);
                current.ETag = response[0].Headers.ETag ?? current.ETag;
            }
            return (new Edit(current, Stale: false), statusBefore);
        }, ct, Attempts);
        if (statusBefore is not null) await digests.WriteAsync(edit.Registration!, statusBefore, ct);
        return edit;
    }
}

/// <summary>The registration after an update (null: unknown), and whether the edit came too late.</summary>
public sealed record Edit(RegistrationEntity? Registration, bool Stale);
