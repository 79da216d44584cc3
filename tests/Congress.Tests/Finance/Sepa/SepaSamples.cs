using System.Xml.Linq;
using Congress.Finance.Sepa;

namespace Congress.Tests.Finance.Sepa;

/// <summary>Batches for the SEPA tests, and the produced file read back.</summary>
internal static class SepaSamples
{
    public static readonly XNamespace Ns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    public static readonly Iban DebtorIban = Iban.Parse("FR7630006000011234567890189");
    public static readonly Iban[] CreditorIbans =
        new[] { "DE89370400440532013000", "BE68539007547034", "GB82WEST12345698765432", "ES9121000418450200051332",
         "IT60X0542811101000000123456", "NL91ABNA0417164300", "MC5811222000010123456789030" }
            .Select(i => Iban.Parse(i)).ToArray();

    public static SepaPayment Payment(int i, string? bic = null, decimal? amount = null, string? name = null, string? remittance = null) =>
        new($"PAYOUT-{i:D5}", amount ?? 100m + i % 997 + (i % 100) / 100m, name ?? $"Hôtel n°{i}",
            CreditorIbans[i % CreditorIbans.Length], bic, remittance ?? $"Reversement {i}");

    public static SepaTransferBatch Batch(IEnumerable<SepaPayment> payments, string? debtorBic = null) =>
        new("MSG-2026-11-24-0001", new DateTimeOffset(2026, 11, 24, 10, 15, 30, TimeSpan.FromHours(1)),
            new SepaParty("Association Congrès Santé", DebtorIban, debtorBic), new DateOnly(2026, 11, 26), "PMT-2026-11-24-0001",
            payments.ToList());

    public static SepaTransferBatch Batch(params SepaPayment[] payments) => Batch(payments.AsEnumerable());

    public static XDocument Read(byte[] file) => XDocument.Load(new MemoryStream(file));

    public static IReadOnlyList<XElement> Transactions(XDocument doc) => doc.Descendants(Ns + "CdtTrfTxInf").ToList();

    public static string Text(XElement parent, params string[] path) =>
        path.Aggregate(parent, (e, name) => e.Element(Ns + name) ?? throw new InvalidOperationException($"no {name} in {e.Name.LocalName}")).Value;
}
