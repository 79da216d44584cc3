namespace Congress.Finance.Sepa;

/// <summary>
/// One credit-transfer file: one debit account (the organisation's), one execution date, one or more
/// payments in euros. Texts may be anything a person typed: the file converts them (see
/// <see cref="SepaText"/>); identifiers must already follow the EPC rules.
/// </summary>
/// <param name="MessageId">MsgId, unique per file for the bank (≤ 35).</param>
/// <param name="CreatedAt">CreDtTm, written with its offset to the second.</param>
/// <param name="PaymentInformationId">PmtInfId (≤ 35).</param>
public sealed record SepaTransferBatch(
    string MessageId,
    DateTimeOffset CreatedAt,
    SepaParty Debtor,
    DateOnly RequestedExecutionDate,
    string PaymentInformationId,
    IReadOnlyList<SepaPayment> Payments);

/// <summary>An account holder: name (converted, ≤ 70), IBAN, and BIC if known (blank = none).</summary>
public sealed record SepaParty(string Name, Iban Iban, string? Bic = null);

/// <summary>
/// One transfer. <paramref name="EndToEndId"/> is quoted back on the creditor's statement: blank gives
/// "NOTPROVIDED" (the EPC's value; several payments may share it), otherwise it must be unique in the batch.
/// </summary>
/// <param name="Amount">Euros, more than 0, at most 999,999,999.99, at most 2 decimals.</param>
/// <param name="Remittance">Unstructured remittance (converted, ≤ 140); blank gives none.</param>
public sealed record SepaPayment(
    string? EndToEndId,
    decimal Amount,
    string CreditorName,
    Iban CreditorIban,
    string? CreditorBic,
    string? Remittance);
