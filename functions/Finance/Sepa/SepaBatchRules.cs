namespace Congress.Finance.Sepa;

/// <summary>A batch after the EPC rules: texts converted, identifiers and amounts checked, totals summed.</summary>
internal sealed record PreparedBatch(
    string MessageId, DateTimeOffset CreatedAt, PreparedParty Debtor, DateOnly RequestedExecutionDate,
    string PaymentInformationId, IReadOnlyList<PreparedPayment> Payments, decimal ControlSum);

internal sealed record PreparedParty(string Name, string Iban, string? Bic);

internal sealed record PreparedPayment(string EndToEndId, decimal Amount, PreparedParty Creditor, string Remittance);

/// <summary>Everything a batch must satisfy before a byte is written; each refusal names its place in the batch.</summary>
internal static class SepaBatchRules
{
    public const decimal MaxAmount = 999_999_999.99m;

    public static PreparedBatch Prepare(SepaTransferBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(batch.Payments, nameof(batch.Payments));
        if (batch.Payments.Count == 0) throw new ArgumentException("Payments: a SEPA file needs at least one payment.", nameof(batch));
        var payments = new List<PreparedPayment>(batch.Payments.Count);
        var endToEndIds = new HashSet<string>(StringComparer.Ordinal);
        var sum = 0m;
        for (var i = 0; i < batch.Payments.Count; i++)
        {
            var payment = batch.Payments[i] ?? throw new ArgumentException($"Payments[{i}] is null.", nameof(batch));
            var at = $"Payments[{i}]";
            var id = SepaText.EndToEndId(payment.EndToEndId, $"{at}.EndToEndId");
            if (id != SepaText.NotProvided && !endToEndIds.Add(id))
                throw new ArgumentException($"{at}.EndToEndId \"{id}\" is used by another payment of the batch.", nameof(batch));
            CheckAmount(payment.Amount, $"{at}.Amount");
            payments.Add(new PreparedPayment(id, payment.Amount,
                Party(payment.CreditorName, payment.CreditorIban, payment.CreditorBic, $"{at}.Creditor"),
                SepaText.Remittance(payment.Remittance)));
            sum += payment.Amount;
        }
        ArgumentNullException.ThrowIfNull(batch.Debtor, nameof(batch.Debtor));
        return new PreparedBatch(
            SepaText.Identifier(batch.MessageId, nameof(batch.MessageId)), batch.CreatedAt,
            Party(batch.Debtor.Name, batch.Debtor.Iban, batch.Debtor.Bic, "Debtor"), batch.RequestedExecutionDate,
            SepaText.Identifier(batch.PaymentInformationId, nameof(batch.PaymentInformationId)), payments, sum);
    }

    private static void CheckAmount(decimal amount, string what)
    {
        if (amount <= 0) throw new ArgumentException($"{what} {amount} must be more than 0.", what);
        if (amount > MaxAmount) throw new ArgumentException($"{what} {amount} is over {MaxAmount} euros.", what);
        if (decimal.Round(amount, 2) != amount) throw new ArgumentException($"{what} {amount} has more than 2 decimals (cents).", what);
    }

    private static PreparedParty Party(string name, Iban iban, string? bic, string what)
    {
        ArgumentNullException.ThrowIfNull(iban, $"{what}Iban");
        if (!Bic.TryParse(bic, $"{what}Bic", out var normalBic, out var error))
            throw new ArgumentException($"{error.Field}: {error.Message.English}", $"{what}Bic");
        return new PreparedParty(SepaText.Name(name, $"{what}Name"), iban.Value, normalBic);
    }
}
