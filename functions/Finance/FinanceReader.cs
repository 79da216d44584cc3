using Congress.Catalog;
using Congress.Registrations;

namespace Congress.Finance;

/// <summary>Reads what the follow-up and the commission listing need: the form, the digests and the payout claims of an event.</summary>
public sealed class FinanceReader(CatalogStore catalog, RegistrationDigests digests, RegistrationStore registrations, PayoutLedger ledger)
{
    public async Task<FollowUpView?> EventAsync(string eventId, CancellationToken ct)
    {
        if (await catalog.LoadAsync(eventId, ct) is not { } form) return null;
        return ProviderFollowUp.Build(form, await digests.ForEventAsync(eventId, ct), await ClaimsAsync(form, null, ct), await ledger.BatchesAsync(ct));
    }

    /// <summary>The follow-up of one registration, as the seed shows it from the registration file; null (404) for an unknown one.</summary>
    public async Task<FollowUpView?> RegistrationAsync(string registrationId, CancellationToken ct)
    {
        if (await registrations.FindAsync(registrationId, ct) is not { } registration) return null;
        if (await catalog.LoadAsync(registration.EventId, ct) is not { } form) return null;
        var digest = (await digests.ForEventAsync(registration.EventId, ct)).FirstOrDefault(d => d.RowKey == registrationId)
            ?? RegistrationDigest.From(registration);
        return ProviderFollowUp.Build(form, [digest], await ClaimsAsync(form, registrationId, ct), await ledger.BatchesAsync(ct));
    }

    public async Task<IReadOnlyList<CommissionEntry>?> CommissionsAsync(string eventId, DateOnly? from, DateOnly? to, string? providerId,
        CancellationToken ct)
    {
        if (await catalog.LoadAsync(eventId, ct) is not { } form) return null;
        var shares = ProviderShare.ForEvent(form, await digests.ForEventAsync(eventId, ct));
        return ProviderFollowUp.Listing(form, shares, from, to, providerId);
    }

    private async Task<IReadOnlyList<PayoutLineRow>> ClaimsAsync(EventForm form, string? registrationId, CancellationToken ct)
    {
        var rows = new List<PayoutLineRow>();
        foreach (var providerId in form.Providers.Keys)
            rows.AddRange((await ledger.LinesAsync(providerId, ct)).Values.Where(r => registrationId is null
                ? r.RowKey.StartsWith(form.EventId + "|", StringComparison.Ordinal)
                : r.RowKey == PayoutLineRow.KeyFor(form.EventId, registrationId)));
        return rows;
    }
}
