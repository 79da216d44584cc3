using Congress.Platform.Sheets;
using Microsoft.Extensions.Options;

namespace Congress.Finance.Accounting;

/// <summary>The entries of a period, journal by journal, and the payments listing for bank reconciliation.</summary>
public sealed class AccountingExport(AccountingReader reader, IOptions<AccountingOptions> options)
{
    private static readonly string[] PaymentColumns =
    [
        "Date", "Numéro / Number", "Événement / Event", "Payeur / Payer", "Moyen / Method", "Référence / Reference", "Montant / Amount",
    ];

    public AccountingOptions Options => options.Value;

    public async Task<IReadOnlyList<FecEntry>> EntriesAsync(AccountingPeriod period, CancellationToken ct)
    {
        var settings = options.Value;
        var books = await reader.BooksAsync(ct);
        var entries = new List<FecEntry>();
        foreach (var sale in await reader.SalesAsync(books, period, ct))
        {
            if (SalesEntries.Of(settings, sale.Customer, sale.Basket, sale.Day) is { } entry) entries.Add(entry);
            foreach (var share in ProviderShare.Of(sale.Form, sale.Digest))
                entries.AddRange(ProviderEntries.Of(settings, share, ProviderName(sale, share.ProviderId), sale.Customer, sale.Day));
        }
        entries.AddRange((await reader.PaymentsAsync(books, period, ct)).Select(p => BankEntries.Received(settings, p)));
        entries.AddRange((await reader.PayoutsAsync(period, ct)).Select(p => BankEntries.PaidOut(settings, p)));
        return entries;
    }

    public async Task<Sheet> PaymentsAsync(AccountingPeriod period, CancellationToken ct)
    {
        var sheet = new Sheet("Paiements", PaymentColumns);
        foreach (var p in await reader.PaymentsAsync(await reader.BooksAsync(ct), period, ct))
            sheet.Add(p.Day, p.Customer.Number, p.EventTitle, p.Customer.Name, p.Payment.Method,
                PaymentReference.Shown(p.Payment.Method, p.Payment.Reference), p.Payment.AmountCents / 100m);
        return sheet;
    }

    private static string ProviderName(SaleSource sale, string providerId) =>
        sale.Form.Providers.GetValueOrDefault(providerId)?.Name is { Length: > 0 } name ? name : providerId;
}
