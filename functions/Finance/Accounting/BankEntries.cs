using Congress.Payments;

namespace Congress.Finance.Accounting;

/// <summary>
/// The bank journal. Money received: bank debited, customer credited (a refund, negative, the other
/// way round). Payouts executed: the provider's account debited, bank credited, one entry per
/// payment with its end-to-end id as the document reference.
/// </summary>
public static class BankEntries
{
    public static FecEntry Received(AccountingOptions options, PaymentSource source)
    {
        var p = source.Payment;
        var what = p.IsRefund ? "Remboursement" : "Règlement";
        var label = $"{what} {MethodLabel(p.Method)} inscription {source.Customer.Piece} {source.Customer.Name}";
        var piece = p.Reference.Length > 0 ? PaymentReference.Shown(p.Method, p.Reference) : source.Customer.Piece;
        return FecEntry.Pair(options.BankJournal, source.Day, piece, label, p.AmountCents / 100m,
            options.Bank, null, options.Customers, source.Customer.Aux);
    }

    public static FecEntry PaidOut(AccountingOptions options, PayoutSource source)
    {
        var (batch, payment) = (source.Batch, source.Payment);
        var label = batch.Method == PayoutMethods.Cheque
            ? $"Chèque n° {batch.ChequeNumber} {payment.ProviderName} lot {batch.Id}"
            : $"Virement {payment.ProviderName} lot {batch.Id}";
        return FecEntry.Pair(options.BankJournal, source.Day, payment.EndToEndId, label, payment.AmountCents / 100m,
            options.Suppliers, new FecAux(AccountingOptions.ProviderAux(payment.ProviderId), payment.ProviderName), options.Bank, null);
    }

    /// <summary>"card", "refund-cheque"… as the accountant reads them.</summary>
    public static string MethodLabel(string method) => (method.StartsWith("refund-", StringComparison.Ordinal) ? method["refund-".Length..] : method) switch
    {
        PaymentMethods.Card => "carte",
        PaymentMethods.Cheque => "chèque",
        PaymentMethods.Transfer => "virement",
        var other => other,
    };
}
