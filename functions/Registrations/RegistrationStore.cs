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

    /// <summary>Adds a new registration with its first history entry; false when the id exists.</summary>
    public async Task<bool> TryAddAsync(RegistrationEntity entity, Change why, CancellationToken ct)
    {
        entity.Revision = 1;
        var history = HistoryRow.For(entity, why, RegistrationSnapshot.Of(entity).ChangesSince(RegistrationSnapshot.Empty), time.GetUtcNow());
        try
        {
            var response = await Table.SubmitSinglePartitionAsync(
                [new(TableTransactionActionType.Add, entity), new(TableTransactionActionType.Add, history)], ct);
            entity.ETag = response[0].Headers.ETag ?? entity.ETag;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
        await digests.WriteAsync(entity, null, ct);
        return true;
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
        var from = HistoryRow.Prefix;
        var to = HistoryRow.Prefix[..^1] + "}";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {id} and RowKey ge {from} and RowKey lt {to}");
        return await Table.QueryAsync<HistoryRow>(filter, cancellationToken: ct).Select(h => h.ToEntry()).ToListAsync(ct);
    }

    private async Task<Edit> UpdateCoreAsync(RegistrationEntity? inHand, string id, long? revision, Func<RegistrationEntity, bool> change,
        Change why, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = inHand ?? await FindAsync(id, ct);
            inHand = null;
            if (current is null) return new Edit(null, Stale: false);
            if (revision is { } expected && current.Revision != expected) return new Edit(current, Stale: true);
            var before = RegistrationSnapshot.Of(current);
            var statusBefore = current.Status;
            if (!change(current)) return new Edit(current, Stale: false);
            current.Revision++;
            var changes = RegistrationSnapshot.Of(current).ChangesSince(before);
            if (why.Notes is { } notes) changes.AddRange(notes);
            var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, current, current.ETag) };
            if (changes.Count > 0)
                actions.Add(new(TableTransactionActionType.Add, HistoryRow.For(current, why, changes, time.GetUtcNow())));
            try
            {
                var response = await Table.SubmitSinglePartitionAsync(actions, ct);
                current.ETag = response[0].Headers.ETag ?? current.ETag;
            }
            catch (TableTransactionFailedException e) when (e.Status is 412 or 409 && attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), ct);
                continue;
            }
            await digests.WriteAsync(current, statusBefore, ct);
            return new Edit(current, Stale: false);
        }
    }
}

/// <summary>The registration after an update (null: unknown), and whether the edit came too late.</summary>
public sealed record Edit(RegistrationEntity? Registration, bool Stale);
