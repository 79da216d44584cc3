namespace Congress.Finance.Accounting;

/// <summary>References of manual payments are stored as "transfer:VIR 42"; the bank statement only shows "VIR 42".</summary>
public static class PaymentReference
{
    public static string Shown(string method, string reference) =>
        reference.StartsWith(method + ":", StringComparison.Ordinal) ? reference[(method.Length + 1)..] : reference;
}
