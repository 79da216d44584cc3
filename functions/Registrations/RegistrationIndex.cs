using Congress.Platform.Storage;

namespace Congress.Registrations;

/// <summary>An attendee's registrations by email (partition: the lower-cased email), for the attendee space.</summary>
public sealed class RegistrationIndex(StorageAccount storage)
{
    public const string Table = "RegistrationsByEmail";

    public Task AddAsync(string email, string registrationId, CancellationToken ct) =>
        storage.Table(Table).TryAddAsync(new IndexRow { PartitionKey = Key(email), RowKey = registrationId }, ct);

    public async Task<List<string>> ForEmailAsync(string email, CancellationToken ct) =>
        (await storage.Table(Table).QueryPartitionAsync<IndexRow>(Key(email), ct).ToListAsync(ct)).Select(r => r.RowKey).ToList();

    private static string Key(string email) => email.Trim().ToLowerInvariant();

    public sealed class IndexRow : TableRow;
}
