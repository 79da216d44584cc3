using Congress.Finance.Sepa;

namespace Congress.Tests.Finance.Sepa;

public sealed class SepaTextTests
{
    [Theory]
    [InlineData("Hôtel Régina", "Hotel Regina")]
    [InlineData("Müller & Söhne", "Muller + Sohne")]
    [InlineData("Straße der Einheit", "Strasse der Einheit")]
    [InlineData("Æsir Œuvre cœur", "AEsir OEuvre coeur")]
    [InlineData("Søren Łukasz Đorđe", "Soren Lukasz Dorde")]
    [InlineData("François Ça", "Francois Ca")]
    [InlineData("l’Hôtel « Le Lac » \"Chez Léa\"", "l'Hotel ' Le Lac ' 'Chez Lea'")]
    [InlineData("<script>alert(1)</script>", "scriptalert(1)/script")]
    [InlineData("Café 😀 ☕ du Parc", "Cafe du Parc")]
    [InlineData("山田 Taro", "Taro")]
    [InlineData("  many   spaces\t\nhere ", "many spaces here")]
    [InlineData("ﬁne Ｆull\u00A0width", "fine Full width")]
    [InlineData("Facture n° 12 – acompte", "Facture no 12 - acompte")]
    [InlineData("a_b;c [d] 30 €", "a-b,c (d) 30 EUR")]
    [InlineData("Ⓜ e\u0301te\u0301", "M ete")]
    [InlineData("𝐀𝐁𝐂 𝒳 \U0010FFFD\uE000", "ABC X")]
    public void TextsAreTransliteratedIntoTheEpcSet(string text, string expected) =>
        Assert.Equal(expected, SepaText.Convert(text, 140));

    [Fact]
    public void EveryCharacterOfUnicodeComesOutInTheSet()
    {
        var all = string.Concat(Enumerable.Range(0, 0x10000).Where(c => c is < 0xD800 or > 0xDFFF).Select(c => (char)c))
                  + "😀👍🏽🇫🇷𝐀\U0001FFFF\U0010FFFD\uD800"; // emoji, a flag, astral letters, unassigned, private use, a lone surrogate
        var converted = SepaText.Convert(all, int.MaxValue);
        Assert.All(converted, c => Assert.True(SepaText.IsAllowed(c), $"U+{(int)c:X4}"));
        Assert.Contains("abcdefghijklmnopqrstuvwxyz", converted);
        Assert.DoesNotContain("  ", converted);
    }

    [Fact]
    public void TheEpcSetIsExactlyLettersDigitsAndElevenOthers()
    {
        var allowed = Enumerable.Range(0, 0x10000).Where(c => SepaText.IsAllowed((char)c)).Select(c => (char)c);
        Assert.Equal("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-?:().,'+ ".Order(), allowed.Order());
    }

    [Fact]
    public void NamesAreCutAtSeventyAndRemittanceAtOneHundredForty()
    {
        var name = SepaText.Name(string.Concat(Enumerable.Repeat("Établissement ", 15)), "name");
        Assert.Equal(70, SepaText.Name(new string('é', 200), "name").Length);
        Assert.True(name.Length <= 70);
        Assert.False(name.EndsWith(' '));
        Assert.StartsWith("Etablissement Etablissement", name);
        Assert.Equal(140, SepaText.Remittance(new string('x', 500)).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("😀😀")]
    [InlineData("山田太郎")]
    [InlineData("<>")]
    public void ANameWithNothingLeftIsRefused(string? text)
    {
        var thrown = Assert.Throws<ArgumentException>(() => SepaText.Name(text, "Payments[3].CreditorName"));
        Assert.Equal("Payments[3].CreditorName", thrown.ParamName);
    }

    [Fact]
    public void AnEmptyRemittanceIsEmpty() => Assert.Equal("", SepaText.Remittance("😀 <>"));

    [Theory]
    [InlineData("PAYOUT-2026-11-0001")]
    [InlineData("a/b")]
    [InlineData("X")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345678")]
    [InlineData("R:1(2).3,4'5+6?7")]
    public void IdentifiersThatFollowTheRulesAreKeptAsTheyAre(string id) => Assert.Equal(id, SepaText.Identifier(id, "MsgId"));

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "longer than 35")]
    [InlineData("/PAYOUT", "starts or ends with '/'")]
    [InlineData("PAYOUT/", "starts or ends with '/'")]
    [InlineData("PAY//OUT", "contains \"//\"")]
    [InlineData("PAY OUT", "characters outside")]
    [InlineData("PAYÉ", "characters outside")]
    [InlineData("PAY_OUT", "characters outside")]
    public void IdentifiersThatBreakTheRulesAreRefused(string id, string problem)
    {
        var thrown = Assert.Throws<ArgumentException>(() => SepaText.Identifier(id, "MessageId"));
        Assert.Contains(problem, thrown.Message);
        Assert.Equal("MessageId", thrown.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void AMissingEndToEndReferenceIsNotProvided(string? id) =>
        Assert.Equal("NOTPROVIDED", SepaText.EndToEndId(id, "EndToEndId"));
}
