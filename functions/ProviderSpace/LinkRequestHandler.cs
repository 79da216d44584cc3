using Congress.Catalog;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.ProviderSpace;

/// <summary>A provider asked for a new link with an email address; the requested time travels with it.</summary>
public sealed record LinkRequestMessage(string RequestId, string Email, DateTimeOffset RequestedAt)
{
    public const string Queue = "provider-link-requests";
}

/// <summary>
/// Looks the address up among the providers' contact emails and mails each match a new space link.
/// Done from a queue so that the HTTP answer costs the same whether the address is known or not.
/// </summary>
public sealed class LinkRequestHandler(StorageAccount storage, ProviderLinkMail mail, ILogger<LinkRequestHandler> logger) : IQueueHandler
{
    public async Task HandleAsync(QueueMessageContext message, CancellationToken ct)
    {
        var request = message.ReadJson<LinkRequestMessage>();
        var address = request.Email.Trim();
        var matches = 0;
        await foreach (var provider in storage.Table(CatalogKeys.ProvidersTable)
                           .QueryPartitionAsync<ProviderEntity>(CatalogKeys.ProviderPartition, ct))
        {
            if (!string.Equals(provider.Email.Trim(), address, StringComparison.OrdinalIgnoreCase)) continue;
            await mail.SendAsync(provider, $"provider-link-request/{request.RequestId}/{provider.RowKey}", request.RequestedAt, ct);
            matches++;
        }
        // The address itself is not logged: an unknown one may be anybody's.
        logger.LogInformation("Provider link request {RequestId}: {Matches} provider(s) matched", request.RequestId, matches);
    }
}
