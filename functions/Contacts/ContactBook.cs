using Congress.Platform.Storage;

namespace Congress.Contacts;

/// <summary>
/// One person the organisation has dealt with (partition "contact", row key the lower-cased email):
/// the latest details they gave and the registrations they made, for statistics and mailings.
/// </summary>
public sealed class ContactRow : TableRow
{
    public const string Partition = "contact";

    public ContactRow() => PartitionKey = Partition;

    public string Email { get; set; } = "";
    public string Civility { get; set; } = "";
    public string LastName { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";
    public string Country { get; set; } = "";
    public bool Professional { get; set; }
    /// <summary>Registration ids separated by ','.</summary>
    public string Registrations { get; set; } = "";
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}

public sealed record ContactDetails(string Email, string? Civility, string? LastName, string? FirstName, string? Organisation,
    string? PostalCode, string? City, string? Country, bool Professional);

public sealed class ContactBook(StorageAccount storage, TimeProvider time)
{
    public const string Table = "Contacts";

    /// <summary>Records the contact of a confirmed registration; recording the same one twice changes nothing more.</summary>
    public async Task RecordAsync(ContactDetails details, string registrationId, CancellationToken ct)
    {
        var table = storage.Table(Table);
        var key = details.Email.Trim().ToLowerInvariant();
        var now = time.GetUtcNow();
        await table.TryAddAsync(new ContactRow { RowKey = key, Email = details.Email.Trim(), FirstSeenAt = now }, ct);
        await table.UpdateConditionallyAsync<ContactRow>(ContactRow.Partition, key, row =>
        {
            var ids = row.Registrations.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (ids.Contains(registrationId)) return false;
            ids.Add(registrationId);
            row.Registrations = string.Join(',', ids);
            row.Civility = details.Civility ?? row.Civility;
            row.LastName = details.LastName ?? row.LastName;
            row.FirstName = details.FirstName ?? row.FirstName;
            row.Organisation = details.Organisation ?? row.Organisation;
            row.PostalCode = details.PostalCode ?? row.PostalCode;
            row.City = details.City ?? row.City;
            row.Country = details.Country ?? row.Country;
            row.Professional = details.Professional;
            row.LastSeenAt = now;
            return true;
        }, ct);
    }
}
