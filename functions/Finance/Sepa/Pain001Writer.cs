using System.Globalization;
using System.Text;
using System.Xml;

namespace Congress.Finance.Sepa;

/// <summary>
/// Writes a prepared batch as a pain.001.001.03 customer credit transfer initiation, element by element
/// (no document held in memory): one group header, one payment information block, one transaction
/// per payment. Charges shared (SLEV), batch booking (one debit line on the organisation's statement).
/// </summary>
internal static class Pain001Writer
{
    public const string Namespace = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CloseOutput = false,
    };

    public static void Write(PreparedBatch batch, Stream output)
    {
        using var xml = XmlWriter.Create(output, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("Document", Namespace);
        xml.WriteStartElement("CstmrCdtTrfInitn");

        xml.WriteStartElement("GrpHdr");
        xml.WriteElementString("MsgId", batch.MessageId);
        xml.WriteElementString("CreDtTm", batch.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        WriteTotals(xml, batch);
        xml.WriteStartElement("InitgPty");
        xml.WriteElementString("Nm", batch.Debtor.Name);
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("PmtInf");
        xml.WriteElementString("PmtInfId", batch.PaymentInformationId);
        xml.WriteElementString("PmtMtd", "TRF");
        xml.WriteElementString("BtchBookg", "true");
        WriteTotals(xml, batch);
        xml.WriteStartElement("PmtTpInf");
        xml.WriteStartElement("SvcLvl");
        xml.WriteElementString("Cd", "SEPA");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteElementString("ReqdExctnDt", batch.RequestedExecutionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteParty(xml, batch.Debtor, "Dbtr");
        xml.WriteElementString("ChrgBr", "SLEV");
        foreach (var payment in batch.Payments) WriteTransaction(xml, payment);
        xml.WriteEndElement();

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteTransaction(XmlWriter xml, PreparedPayment payment)
    {
        xml.WriteStartElement("CdtTrfTxInf");
        xml.WriteStartElement("PmtId");
        xml.WriteElementString("EndToEndId", payment.EndToEndId);
        xml.WriteEndElement();
        xml.WriteStartElement("Amt");
        xml.WriteStartElement("InstdAmt");
        xml.WriteAttributeString("Ccy", "EUR");
        xml.WriteString(Amount(payment.Amount));
        xml.WriteEndElement();
        xml.WriteEndElement();
        WriteParty(xml, payment.Creditor, "Cdtr");
        if (payment.Remittance.Length > 0)
        {
            xml.WriteStartElement("RmtInf");
            xml.WriteElementString("Ustrd", payment.Remittance);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>
    /// The party, its account and its bank, in the schema's order: the debtor's bank is mandatory
    /// (Othr/Id NOTPROVIDED without a BIC, as the EPC says), the creditor's is left out without one.
    /// </summary>
    private static void WriteParty(XmlWriter xml, PreparedParty party, string role)
    {
        var isDebtor = role == "Dbtr";
        if (!isDebtor && party.Bic is not null) WriteAgent(xml, "CdtrAgt", party.Bic);
        xml.WriteStartElement(role);
        xml.WriteElementString("Nm", party.Name);
        xml.WriteEndElement();
        xml.WriteStartElement(role + "Acct");
        xml.WriteStartElement("Id");
        xml.WriteElementString("IBAN", party.Iban);
        xml.WriteEndElement();
        xml.WriteEndElement();
        if (isDebtor) WriteAgent(xml, "DbtrAgt", party.Bic);
    }

    private static void WriteAgent(XmlWriter xml, string element, string? bic)
    {
        xml.WriteStartElement(element);
        xml.WriteStartElement("FinInstnId");
        if (bic is not null) xml.WriteElementString("BIC", bic);
        else
        {
            xml.WriteStartElement("Othr");
            xml.WriteElementString("Id", SepaText.NotProvided);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteTotals(XmlWriter xml, PreparedBatch batch)
    {
        xml.WriteElementString("NbOfTxs", batch.Payments.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("CtrlSum", Amount(batch.ControlSum));
    }

    private static string Amount(decimal euros) => euros.ToString("0.00", CultureInfo.InvariantCulture);
}
