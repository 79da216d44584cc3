using System.Globalization;
using System.Text;
using Congress.Finance.Sepa;
using static Congress.Tests.Finance.Sepa.SepaSamples;

namespace Congress.Tests.Finance.Sepa;

public sealed class SepaFileTests
{
    public static TheoryData<int, bool, bool> Shapes => new()
    {
        { 1, false, false },
        { 1, true, true },
        { 300, false, false },
        { 300, true, false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void EveryShapeOfBatchValidatesAndAddsUp(int count, bool creditorBics, bool debtorBic)
    {
        var payments = Enumerable.Range(0, count).Select(i => Payment(i, creditorBics && i % 2 == 0 ? "DEUTDEFF" : null)).ToList();

        var file = SepaFile.Build(Batch(payments, debtorBic ? "BNPAFRPP" : null));

        Assert.Empty(SepaSchema.Validate(new MemoryStream(file)));
        var doc = Read(file);
        var amounts = Transactions(doc).Select(t => decimal.Parse(Text(t, "Amt", "InstdAmt"), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(count, amounts.Count);
        foreach (var header in new[] { doc.Descendants(Ns + "GrpHdr").Single(), doc.Descendants(Ns + "PmtInf").Single() })
        {
            Assert.Equal(count.ToString(CultureInfo.InvariantCulture), Text(header, "NbOfTxs"));
            Assert.Equal(amounts.Sum(), decimal.Parse(Text(header, "CtrlSum"), CultureInfo.InvariantCulture));
            Assert.Equal(payments.Sum(p => p.Amount), amounts.Sum());
        }
        Assert.Equal(creditorBics ? (count + 1) / 2 : 0, Transactions(doc).Count(t => t.Element(Ns + "CdtrAgt") is not null));
    }

    [Fact]
    public void TheFileCarriesTheEpcFixedValuesAndTheBatchsFields()
    {
        var doc = Read(SepaFile.Build(Batch(Payment(4, "DEUTDEFF500", 12.5m))));
        var info = doc.Descendants(Ns + "PmtInf").Single();
        var header = doc.Descendants(Ns + "GrpHdr").Single();

        Assert.Equal("MSG-2026-11-24-0001", Text(header, "MsgId"));
        Assert.Equal("2026-11-24T10:15:30+01:00", Text(header, "CreDtTm"));
        Assert.Equal("Association Congres Sante", Text(header, "InitgPty", "Nm"));
        Assert.Equal("PMT-2026-11-24-0001", Text(info, "PmtInfId"));
        Assert.Equal("TRF", Text(info, "PmtMtd"));
        Assert.Equal("SEPA", Text(info, "PmtTpInf", "SvcLvl", "Cd"));
        Assert.Equal("2026-11-26", Text(info, "ReqdExctnDt"));
        Assert.Equal("SLEV", Text(info, "ChrgBr"));
        Assert.Equal("FR7630006000011234567890189", Text(info, "DbtrAcct", "Id", "IBAN"));
        Assert.Equal("NOTPROVIDED", Text(info, "DbtrAgt", "FinInstnId", "Othr", "Id"));
        var transaction = Transactions(doc).Single();
        Assert.Equal("PAYOUT-00004", Text(transaction, "PmtId", "EndToEndId"));
        Assert.Equal("12.50", Text(transaction, "Amt", "InstdAmt"));
        Assert.Equal("EUR", (string?)transaction.Element(Ns + "Amt")!.Element(Ns + "InstdAmt")!.Attribute("Ccy"));
        Assert.Equal("DEUTDEFF500", Text(transaction, "CdtrAgt", "FinInstnId", "BIC"));
        Assert.Equal("Hotel no4", Text(transaction, "Cdtr", "Nm"));
        Assert.Equal("IT60X0542811101000000123456", Text(transaction, "CdtrAcct", "Id", "IBAN"));
        Assert.Equal("Reversement 4", Text(transaction, "RmtInf", "Ustrd"));
    }

    [Fact]
    public void TheDebtorsBicWhenKnownAndNoRemittanceWhenThereIsNone()
    {
        var doc = Read(SepaFile.Build(Batch([Payment(1, remittance: "😀")], debtorBic: "bnpa frpp")));
        Assert.Equal("BNPAFRPP", Text(doc.Descendants(Ns + "PmtInf").Single(), "DbtrAgt", "FinInstnId", "BIC"));
        Assert.Null(Transactions(doc).Single().Element(Ns + "RmtInf"));
        Assert.Null(Transactions(doc).Single().Element(Ns + "CdtrAgt"));
    }

    [Fact]
    public void HostileNamesAndRemittancesComeOutInTheEpcSetAndWithinTheirLimits()
    {
        string[] names = ["Hôtel l’Étoile & Spa", "<b>Brasserie</b> « Chez Zoé »", "Ölmühle Straße 😀 GmbH", "東京 Tokyo Café",
            "Łódź Øresund Æbeltoft Œnologie", new string('é', 200), "  \t Ça\nva  ", "Ｆｕｌｌ ﬁ ™"];
        var payments = names.Select((n, i) => Payment(i, name: n, remittance: $"Facture n° {i} — {n} {new string('ü', 300)}")).ToList();

        var file = SepaFile.Build(Batch(payments));

        var texts = Read(file).Descendants().Where(e => !e.HasElements).ToList();
        Assert.All(texts.SelectMany(e => e.Value), c => Assert.True(SepaText.IsAllowed(c), $"U+{(int)c:X4}"));
        var creditorNames = Read(file).Descendants(Ns + "Cdtr").Select(c => Text(c, "Nm")).ToList();
        Assert.All(creditorNames, n => Assert.InRange(n.Length, 1, 70));
        Assert.Equal("Hotel l'Etoile + Spa", creditorNames[0]);
        Assert.Equal("bBrasserie/b ' Chez Zoe '", creditorNames[1]);
        Assert.Equal("Tokyo Cafe", creditorNames[3]);
        Assert.Equal(70, creditorNames[5].Length);
        Assert.Equal("Ca va", creditorNames[6]);
        Assert.All(Read(file).Descendants(Ns + "Ustrd"), u => Assert.InRange(u.Value.Length, 1, 140));
        Assert.DoesNotContain(Encoding.UTF8.GetString(file), c => c > 0x7E);
    }

    [Fact]
    public void PaymentsWithoutEndToEndReferenceShareNotProvided()
    {
        var doc = Read(SepaFile.Build(Batch(Payment(1) with { EndToEndId = null }, Payment(2) with { EndToEndId = " " })));
        Assert.All(Transactions(doc), t => Assert.Equal("NOTPROVIDED", Text(t, "PmtId", "EndToEndId")));
    }

    [Fact]
    public void AmountsAtTheLimitsAreWrittenWithTwoDecimals()
    {
        var doc = Read(SepaFile.Build(Batch(Payment(1, amount: 0.01m), Payment(2, amount: 999_999_999.99m), Payment(3, amount: 7.100m))));
        Assert.Equal(["0.01", "999999999.99", "7.10"], Transactions(doc).Select(t => Text(t, "Amt", "InstdAmt")));
        Assert.Equal("1000000007.10", Text(doc.Descendants(Ns + "GrpHdr").Single(), "CtrlSum"));
    }
}
