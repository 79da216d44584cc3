using System.Text.Json;
using Azure.Data.Tables;
using Congress.Catalog;
using Congress.Events;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;
using Congress.Registrations;
using Microsoft.Extensions.Options;

namespace Congress.Finance.Accounting;

/// <summary>
/// Reads what happened in a period: registrations confirmed (in their event's time zone), money
/// received or given back, payout batches executed (in the organiser's time zone).
/// </summary>
public sealed class AccountingReader(StorageAccount storage, CatalogStore catalog, RegistrationDigests digests,
    RegistrationStore registrations, PayoutLedger ledger, PayoutBatches batches, IOptions<FinanceOptions> finance)
{
    /// <summary>Every event's form and registrations, read once per export.</summary>
    public async Task<Books> BooksAsync(CancellationToken ct)
    {
        var forms = new Dictionary<string, EventForm>(StringComparer.Ordinal);
        var byRegistration = new Dictionary<string, (EventForm Form, RegistrationDigest Digest)>(StringComparer.Ordinal);
        await foreach (var ev in storage.Table(EventsApi.Table).QueryPartitionAsync<EventEntity>(EventEntity.Partition, ct))
        {
            if (await catalog.LoadAsync(ev.RowKey, ct) is not { } form) continue;
            forms[ev.RowKey] = form;
            foreach (var digest in await digests.ForEventAsync(ev.RowKey, ct)) byRegistration[digest.RowKey] = (form, digest);
        }
        return new Books(forms, byRegistration);
    }

    /// <summary>
    /// Registrations confirmed in the period. A registration cancelled since is left out: its
    /// payments and refunds still reach the bank journal, so its customer account nets what was kept.
    /// </summary>
    public async Task<IReadOnlyList<SaleSource>> SalesAsync(Books books, AccountingPeriod period, CancellationToken ct)
    {
        var sales = new List<SaleSource>();
        foreach (var (form, digest) in books.Registrations.Values)
        {
            if (digest.ConfirmedAt is not { } confirmedAt || digest.Status == RegistrationStatus.Cancelled) continue;
            var day = form.Event.DayOf(confirmedAt);
            if (!period.Contains(day)) continue;
            // The digest has no VAT rates: the registration's priced basket is the source of amounts.
            if (await registrations.FindAsync(digest.RowKey, ct) is not { PricedJson.Length: > 0 } registration) continue;
            var basket = JsonSerializer.Deserialize<PricedBasket>(registration.PricedJson, JsonDefaults.Options)!;
            sales.Add(new SaleSource(form, digest, basket, day));
        }
        return sales.OrderBy(s => s.Day).ThenBy(s => s.Digest.Number, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<PaymentSource>> PaymentsAsync(Books books, AccountingPeriod period, CancellationToken ct)
    {
        var (start, end) = period.Window();
        var found = new List<PaymentSource>();
        await foreach (var payment in storage.Table(PaymentRow.Table).QueryAsync<PaymentRow>(
            TableClient.CreateQueryFilter($"ReceivedAt ge {start} and ReceivedAt lt {end}"), cancellationToken: ct))
        {
            var (customer, ev) = await CustomerAsync(books, payment.PartitionKey, ct);
            var day = ev?.DayOf(payment.ReceivedAt) ?? DayOf(payment.ReceivedAt);
            if (period.Contains(day)) found.Add(new PaymentSource(payment, customer, ev?.Title ?? "", day));
        }
        return found.OrderBy(p => p.Day).ThenBy(p => p.Payment.ReceivedAt).ThenBy(p => p.Customer.Piece, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<PayoutSource>> PayoutsAsync(AccountingPeriod period, CancellationToken ct)
    {
        var found = new List<PayoutSource>();
        foreach (var batch in (await ledger.BatchesAsync(ct)).Values.OrderBy(b => b.ExecutedAt))
        {
            if (batch.Status != PayoutStatus.Executed || batch.ExecutedAt is not { } executedAt) continue;
            var day = DayOf(executedAt);
            if (!period.Contains(day)) continue;
            foreach (var payment in (await batches.PaymentsAsync(batch.Id, ct)).OrderBy(p => p.RowKey, StringComparer.Ordinal))
                found.Add(new PayoutSource(batch, payment, day));
        }
        return found;
    }

    /// <summary>Listed registrations come from the books; one that never got a digest is read on its own.</summary>
    private async Task<(CustomerRef Customer, EventEntity? Event)> CustomerAsync(Books books, string registrationId, CancellationToken ct)
    {
        if (books.Registrations.TryGetValue(registrationId, out var known))
            return (new CustomerRef(registrationId, known.Digest.Number, known.Digest.ContactName), known.Form.Event);
        var registration = await registrations.FindAsync(registrationId, ct);
        return (new CustomerRef(registrationId, registration?.Number, registration?.ContactName ?? ""),
            registration is not null ? books.Forms.GetValueOrDefault(registration.EventId)?.Event : null);
    }

    private DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, finance.Value.Zone()).DateTime);
}

/// <summary>The events' forms by id, and each listed registration with its event's form.</summary>
public sealed record Books(
    IReadOnlyDictionary<string, EventForm> Forms,
    IReadOnlyDictionary<string, (EventForm Form, RegistrationDigest Digest)> Registrations);
