using System.Xml;
using System.Xml.Schema;

namespace Congress.Finance.Sepa;

/// <summary>
/// Checks a pain.001.001.03 file as the bank would: against the ISO 20022 schema (embedded, loaded and
/// compiled once) and against the EPC rules the schema does not hold — every text in the basic Latin
/// set, identifiers without a leading, trailing or double '/'.
/// </summary>
public static class SepaSchema
{
    private const int MaxErrors = 100;
    private static readonly string[] Identifiers = ["MsgId", "PmtInfId", "InstrId", "EndToEndId"];
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>The problems found, each with its line and position; none means the file may be released.</summary>
    public static IReadOnlyList<string> Validate(Stream xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            IgnoreWhitespace = true,
            DtdProcessing = DtdProcessing.Prohibit,
            CloseInput = false,
        };
        settings.ValidationEventHandler += (_, e) =>
            Add(errors, $"line {e.Exception.LineNumber}, position {e.Exception.LinePosition}: {e.Severity}: {e.Message}");
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            var element = "";
            while (reader.Read() && errors.Count < MaxErrors)
            {
                if (reader.NodeType == XmlNodeType.Element) element = reader.LocalName;
                else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                    CheckText(errors, element, reader.Value, (IXmlLineInfo)reader);
            }
        }
        catch (XmlException e)
        {
            Add(errors, $"line {e.LineNumber}, position {e.LinePosition}: not well-formed XML: {e.Message}");
        }
        return errors;
    }

    private static void CheckText(List<string> errors, string element, string text, IXmlLineInfo at)
    {
        // Built only for an error: this runs for every text of the file.
        string Where() => $"line {at.LineNumber}, position {at.LinePosition}: {element}";
        foreach (var c in text)
            if (!SepaText.IsAllowed(c))
            {
                Add(errors, $"{Where()}: character U+{(int)c:X4} is outside the EPC basic Latin set.");
                break;
            }
        if (Identifiers.Contains(element) && (text.StartsWith('/') || text.EndsWith('/') || text.Contains("//", StringComparison.Ordinal)))
            Add(errors, $"{Where()}: an identifier must not start or end with '/' nor contain \"//\".");
    }

    private static void Add(List<string> errors, string error)
    {
        if (errors.Count < MaxErrors) errors.Add(error);
    }

    private static XmlSchemaSet Load()
    {
        var assembly = typeof(SepaSchema).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("pain.001.001.03.xsd", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var set = new XmlSchemaSet();
        set.Add(Pain001Writer.Namespace, reader);
        set.Compile();
        return set;
    }
}
