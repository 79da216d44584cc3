using Congress.Finance.Sepa;
using static Congress.Tests.Finance.Sepa.SepaSamples;

namespace Congress.Tests.Finance.Sepa;

/// <summary>Batches the file refuses before writing anything, each refusal saying where the problem is.</summary>
public sealed class SepaBatchRulesTests
{
    private static string Refusal(SepaTransferBatch batch) => Assert.Throws<ArgumentException>(() => SepaFile.Build(batch)).Message;

    [Fact]
    public void ABatchWithoutPaymentsIsRefused() => Assert.Contains("at least one payment", Refusal(Batch()));

    [Theory]
    [InlineData("0", "must be more than 0")]
    [InlineData("-12.50", "must be more than 0")]
    [InlineData("1000000000.00", "is over 999999999.99")]
    [InlineData("10.001", "more than 2 decimals")]
    public void AmountsOutsideWhatSepaCarriesAreRefused(string amount, string problem)
    {
        var message = Refusal(Batch(Payment(0), Payment(1, amount: decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Contains("Payments[1].Amount", message);
        Assert.Contains(problem, message);
    }

    [Fact]
    public void TwoPaymentsWithTheSameEndToEndReferenceAreRefused()
    {
        var message = Refusal(Batch(Payment(0), Payment(1), Payment(2) with { EndToEndId = "PAYOUT-00000" }));
        Assert.Contains("Payments[2].EndToEndId \"PAYOUT-00000\" is used by another payment", message);
    }

    [Theory]
    [InlineData("/MSG-1", "PMT-1", "MessageId")]
    [InlineData("MSG 1", "PMT-1", "MessageId")]
    [InlineData("MSG-1", "PMT//1", "PaymentInformationId")]
    [InlineData("MSG-1", "PMT-1-ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "PaymentInformationId")]
    public void MalformedBatchIdentifiersAreRefused(string messageId, string paymentInformationId, string field)
    {
        var message = Refusal(Batch(Payment(0)) with { MessageId = messageId, PaymentInformationId = paymentInformationId });
        Assert.StartsWith(field, message);
    }

    [Fact]
    public void AMalformedEndToEndReferenceIsRefused() =>
        Assert.StartsWith("Payments[0].EndToEndId", Refusal(Batch(Payment(0) with { EndToEndId = "FACT-1/" })));

    [Fact]
    public void AMalformedBicIsRefusedNamingThePayment() =>
        Assert.Contains("Payments[1].CreditorBic: Invalid BIC", Refusal(Batch(Payment(0), Payment(1, "BNPAFR"))));

    [Fact]
    public void ACreditorNameWithNothingSepaCanCarryIsRefused() =>
        Assert.StartsWith("Payments[0].CreditorName", Refusal(Batch(Payment(0, name: "山田太郎 😀"))));

    [Fact]
    public void ADebtorNameWithNothingSepaCanCarryIsRefused() =>
        Assert.StartsWith("DebtorName", Refusal(Batch(Payment(0)) with { Debtor = new SepaParty("★", DebtorIban) }));
}
