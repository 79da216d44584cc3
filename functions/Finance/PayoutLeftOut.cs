using Congress.Catalog;

namespace Congress.Finance;

/// <summary>
/// Why a registration of the selection pays nothing to a provider in this run. The codes are
/// stable (the screen and exports may key on them); the words come with them in both languages.
/// A payment blocked as a whole (<see cref="PayoutBlocks"/>) leaves out each of its files with its code.
/// </summary>
public static class LeftOutReasons
{
    /// <summary>Not a sale: cancelled, expired, refused or not yet accepted, and nothing paid out to take back.</summary>
    public const string NotASale = "not-a-sale";
    /// <summary>Deposit mode: the deposit is not (yet) received.</summary>
    public const string DepositNotReceived = "deposit-not-received";
    /// <summary>Balance mode: the registration still owes money.</summary>
    public const string BalanceNotPaid = "balance-not-paid";
    /// <summary>What may be paid is already paid out or held by a live batch.</summary>
    public const string AlreadyPaidOut = "already-paid-out";
    /// <summary>The provider's share nets to nothing (free products, or a commission of all of it).</summary>
    public const string NothingOwed = "nothing-owed";

    /// <summary>Why a line with nothing due is left out; read in this order because the first that holds explains the rest.</summary>
    public static string Of(DueLine line, string mode) => line switch
    {
        { Sale: false } => NotASale,
        { OwedCents: <= 0 } => NothingOwed,
        { ClaimedCents: > 0 } => AlreadyPaidOut,
        _ => mode == PayoutModes.Balance ? BalanceNotPaid : DepositNotReceived,
    };

    public static LocalizedText Text(string reason) => reason switch
    {
        NotASale => new("Dossier non confirmé (annulé, expiré ou pas encore accepté)", "Registration not confirmed (cancelled, expired or not yet accepted)"),
        DepositNotReceived => new("Acompte pas encore reçu", "Deposit not received yet"),
        BalanceNotPaid => new("Reste à payer par l'inscrit (mode solde)", "The attendee still owes money (balance mode)"),
        AlreadyPaidOut => new("Déjà reversé ou dans un autre lot", "Already paid out or in another batch"),
        NothingOwed => new("Rien n'est dû au prestataire sur ce dossier", "Nothing is owed to the provider on this registration"),
        PayoutBlocks.NoBankDetails => new("Prestataire sans coordonnées bancaires", "Provider without bank details"),
        PayoutBlocks.BankDetailsUnconfirmed => new("Coordonnées bancaires du prestataire non confirmées", "Provider's bank details not confirmed"),
        PayoutBlocks.NotPositive => new("Le paiement du prestataire est nul ou négatif", "The provider's payment is zero or negative"),
        _ => new(reason, reason),
    };
}

/// <summary>A registration of the selection that the batch would not pay, for one provider, with the reason.</summary>
public sealed record LeftOutFile(string RegistrationId, string? Number, string Client, string ProviderId, string ProviderName,
    string EventId, string EventTitle, string Reason, LocalizedText Text)
{
    public static LeftOutFile Of(DueLine line, ProviderEntity provider, string eventId, string eventTitle, string reason) =>
        new(line.RegistrationId, line.Number, line.Client, provider.RowKey, provider.Name, eventId, eventTitle, reason, LeftOutReasons.Text(reason));
}

/// <summary>The plan: the payments (blocked ones included) and every registration of the selection left out of them.</summary>
public sealed record PayoutPlan(IReadOnlyList<PlannedPayment> Payments, IReadOnlyList<LeftOutFile> LeftOut);
