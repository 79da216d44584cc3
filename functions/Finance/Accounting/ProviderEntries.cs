namespace Congress.Finance.Accounting;

/// <summary>
/// What a sale owes a provider. Purchases (HA): the provider's share of the registration (what the
/// attendee paid for its products) is debited to purchases and credited to the provider's account.
/// Miscellaneous (OD): the organiser's commission is debited to the provider's account and
/// credited to commission income, so the provider's account ends on what is paid out to it.
/// </summary>
public static class ProviderEntries
{
    public static IEnumerable<FecEntry> Of(AccountingOptions options, ProviderShare share, string providerName, CustomerRef customer, DateOnly day)
    {
        var provider = new FecAux(AccountingOptions.ProviderAux(share.ProviderId), providerName);
        if (share.PurchaseCents != 0)
            yield return FecEntry.Pair(options.PurchasesJournal, day, customer.Piece, $"Achat {providerName} inscription {customer.Piece}",
                share.PurchaseCents / 100m, options.Purchases, null, options.Suppliers, provider);
        if (share.CommissionCents > 0)
            yield return FecEntry.Pair(options.MiscJournal, day, customer.Piece, $"Commission {providerName} inscription {customer.Piece}",
                share.CommissionCents / 100m, options.Suppliers, provider, options.CommissionIncome, null);
    }
}
