namespace Congress.Finance.Accounting;

/// <summary>An account of the chart of accounts (plan comptable) and the label the FEC gives it.</summary>
public sealed class LedgerAccount
{
    public string Number { get; set; } = "";
    public string Label { get; set; } = "";
}

/// <summary>A journal: its code and label as the accounting software knows them.</summary>
public sealed class JournalSetting
{
    public string Code { get; set; } = "";
    public string Label { get; set; } = "";
}

/// <summary>
/// Settings of the accounting export (section "Finance:Accounting"): the accounts and journals the
/// entries go to, so that the organiser's accountant can map them to its own chart, and the SIREN
/// that names the FEC file.
/// </summary>
public sealed class AccountingOptions
{
    public const string Section = "Finance:Accounting";

    /// <summary>The company's SIREN (9 digits): the FEC file is named after it.</summary>
    public string Siren { get; set; } = "000000000";

    public LedgerAccount Customers { get; set; } = new() { Number = "411000", Label = "Clients" };
    public LedgerAccount Sales { get; set; } = new() { Number = "706000", Label = "Prestations de services" };
    /// <summary>One account for every rate; each line's label says its rate.</summary>
    public LedgerAccount VatCollected { get; set; } = new() { Number = "445710", Label = "TVA collectée" };
    public LedgerAccount Suppliers { get; set; } = new() { Number = "401000", Label = "Fournisseurs" };
    public LedgerAccount Purchases { get; set; } = new() { Number = "604000", Label = "Achats de prestations de services" };
    public LedgerAccount CommissionIncome { get; set; } = new() { Number = "706200", Label = "Commissions" };
    public LedgerAccount Bank { get; set; } = new() { Number = "512000", Label = "Banque" };

    public JournalSetting SalesJournal { get; set; } = new() { Code = "VT", Label = "Ventes" };
    public JournalSetting BankJournal { get; set; } = new() { Code = "BQ", Label = "Banque" };
    public JournalSetting PurchasesJournal { get; set; } = new() { Code = "HA", Label = "Achats" };
    public JournalSetting MiscJournal { get; set; } = new() { Code = "OD", Label = "Opérations diverses" };

    /// <summary>A customer's auxiliary account: "C" and the registration number.</summary>
    public static string CustomerAux(string? number) => "C" + number;

    /// <summary>A provider's auxiliary account: its id in upper case.</summary>
    public static string ProviderAux(string providerId) => providerId.ToUpperInvariant();
}
