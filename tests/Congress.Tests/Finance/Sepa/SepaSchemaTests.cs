using System.Text;
using Congress.Finance.Sepa;
using static Congress.Tests.Finance.Sepa.SepaSamples;

namespace Congress.Tests.Finance.Sepa;

/// <summary>Negative controls: the validator that guards every file does catch a broken one.</summary>
public sealed class SepaSchemaTests
{
    private static readonly string Valid = Encoding.UTF8.GetString(SepaFile.Build(Batch(Payment(0, "DEUTDEFF"), Payment(1))));

    private static IReadOnlyList<string> Validate(string xml) => SepaSchema.Validate(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    private static string Replace(string what, string with)
    {
        Assert.Contains(what, Valid);
        return Valid.Replace(what, with, StringComparison.Ordinal);
    }

    [Fact]
    public void TheUntouchedFileValidates() => Assert.Empty(Validate(Valid));

    [Fact]
    public void AControlSumThatIsNotANumberIsCaught()
    {
        var errors = Validate(System.Text.RegularExpressions.Regex.Replace(Valid, "<CtrlSum>[^<]*</CtrlSum>", "<CtrlSum>abc</CtrlSum>"));
        Assert.Contains(errors, e => e.Contains("CtrlSum", StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingMandatoryElementIsCaught()
    {
        var start = Valid.IndexOf("<ChrgBr>", StringComparison.Ordinal);
        var end = Valid.IndexOf("</ChrgBr>", StringComparison.Ordinal) + "</ChrgBr>".Length;
        Assert.NotEmpty(Validate(Valid.Remove(start, end - start).Replace("<PmtMtd>TRF</PmtMtd>", "", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("<IBAN>DE89370400440532013000</IBAN>", "<IBAN>de89 3704</IBAN>")]
    [InlineData("<BIC>DEUTDEFF</BIC>", "<BIC>DEUTDE</BIC>")]
    [InlineData("Ccy=\"EUR\"", "Ccy=\"euro\"")]
    [InlineData("<PmtMtd>TRF</PmtMtd>", "<PmtMtd>CHK</PmtMtd><PmtMtd>TRF</PmtMtd>")]
    [InlineData("<MsgId>MSG-2026-11-24-0001</MsgId>", "<MsgId>MSG-2026-11-24-0001-AND-MUCH-LONGER-THAN-35</MsgId>")]
    public void ValuesTheSchemaForbidsAreCaught(string what, string with) => Assert.NotEmpty(Validate(Replace(what, with)));

    [Theory]
    [InlineData("<Nm>Hotel no0</Nm>", "<Nm>Hôtel n°0</Nm>")]
    [InlineData("<Ustrd>Reversement 1</Ustrd>", "<Ustrd>Reversement &amp; 😀</Ustrd>")]
    public void CharactersOutsideTheEpcSetAreCaught(string what, string with) =>
        Assert.Contains(Validate(Replace(what, with)), e => e.Contains("outside the EPC basic Latin set", StringComparison.Ordinal));

    [Theory]
    [InlineData("<EndToEndId>PAYOUT-00000</EndToEndId>", "<EndToEndId>/PAYOUT-00000</EndToEndId>")]
    [InlineData("<PmtInfId>PMT-2026-11-24-0001</PmtInfId>", "<PmtInfId>PMT//2026</PmtInfId>")]
    public void IdentifiersWithMisplacedSlashesAreCaught(string what, string with) =>
        Assert.Contains(Validate(Replace(what, with)), e => e.Contains("identifier must not", StringComparison.Ordinal));

    [Theory]
    [InlineData("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03", "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09")]
    [InlineData("</Document>", "")]
    public void AFileOfAnotherVersionOrCutShortIsCaught(string what, string with) => Assert.NotEmpty(Validate(Replace(what, with)));

    [Fact]
    public void TheExceptionListsTheErrors()
    {
        var exception = new SepaValidationException(["line 3: one", "line 9: two"]);
        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains("line 9: two", exception.Message);
    }
}
