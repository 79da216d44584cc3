namespace Congress.Finance.Accounting;

/// <summary>An auxiliary account (compte auxiliaire): a customer or a provider inside a collective account.</summary>
public sealed record FecAux(string Number, string Label);

/// <summary>One line of a journal entry, in euros; a line has a debit or a credit, never both.</summary>
public sealed record FecLine(LedgerAccount Account, FecAux? Aux, string Label, decimal Debit, decimal Credit)
{
    /// <summary>A debit of the amount; a negative amount is a credit (a refund reverses its payment).</summary>
    public static FecLine Dr(LedgerAccount account, decimal amount, string label, FecAux? aux = null) =>
        amount >= 0 ? new(account, aux, label, amount, 0m) : new(account, aux, label, 0m, -amount);

    public static FecLine Cr(LedgerAccount account, decimal amount, string label, FecAux? aux = null) => Dr(account, -amount, label, aux);
}

/// <summary>A journal entry (écriture): lines whose debits equal their credits, on one day, for one document.</summary>
public sealed record FecEntry(JournalSetting Journal, DateOnly Date, string PieceRef, IReadOnlyList<FecLine> Lines)
{
    public bool Balanced => Lines.Sum(l => l.Debit) == Lines.Sum(l => l.Credit);

    /// <summary>The common entry of two lines: the amount debited to one account and credited to the other.</summary>
    public static FecEntry Pair(JournalSetting journal, DateOnly date, string pieceRef, string label, decimal amount,
        LedgerAccount debit, FecAux? debitAux, LedgerAccount credit, FecAux? creditAux) =>
        new(journal, date, pieceRef, [FecLine.Dr(debit, amount, label, debitAux), FecLine.Cr(credit, amount, label, creditAux)]);
}
