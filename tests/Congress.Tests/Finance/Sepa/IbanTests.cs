using Congress.Finance.Sepa;

namespace Congress.Tests.Finance.Sepa;

public sealed class IbanTests
{
    [Theory]
    [InlineData("FR7630006000011234567890189", "FR")]
    [InlineData("DE89370400440532013000", "DE")]
    [InlineData("BE68539007547034", "BE")]
    [InlineData("ES9121000418450200051332", "ES")]
    [InlineData("IT60X0542811101000000123456", "IT")]
    [InlineData("NL91ABNA0417164300", "NL")]
    [InlineData("MC5811222000010123456789030", "MC")]
    [InlineData("GB82WEST12345698765432", "GB")]
    [InlineData("CH9300762011623852957", "CH")]
    [InlineData("PT50000201231234567890154", "PT")]
    [InlineData("NO9386011117947", "NO")]
    [InlineData("MT84MALT011000012345MTLCAST001S", "MT")]
    public void ValidIbansFromSepaCountriesAreAccepted(string text, string country)
    {
        Assert.True(Iban.TryParse(text, "iban", out var iban, out var error), error?.Message.English);
        Assert.Equal(text, iban.Value);
        Assert.Equal(country, iban.CountryCode);
    }

    [Theory]
    [InlineData("fr76 3000 6000 0112 3456 7890 189")]
    [InlineData("FR76-3000-6000-0112-3456-7890-189")]
    [InlineData("  Fr76\u00A03000 6000 0112 3456 7890 189\t")]
    public void WhatPeopleTypeIsNormalised(string text)
    {
        Assert.True(Iban.TryParse(text, "iban", out var iban, out _));
        Assert.Equal("FR7630006000011234567890189", iban.Value);
        Assert.Equal("FR76 3000 6000 0112 3456 7890 189", iban.Formatted);
        Assert.Equal(Iban.Parse("FR7630006000011234567890189"), iban);
    }

    [Theory]
    [InlineData("FR7730006000011234567890189")]
    [InlineData("FR7630006000011234567890198")]
    [InlineData("DE89370400440532013001")]
    [InlineData("GB82WEST12345698765423")]
    public void WrongCheckDigitsAreRefusedNamingTheField(string text)
    {
        Assert.False(Iban.TryParse(text, "bankDetails.iban", out var iban, out var error));
        Assert.Null(iban);
        Assert.Equal("bankDetails.iban", error.Field);
        Assert.Equal("IBAN invalide : clé de contrôle incorrecte.", error.Message.French);
        Assert.Equal("Invalid IBAN: wrong check digits.", error.Message.English);
    }

    [Fact]
    public void CheckDigitsThatOnlyModuloNinetySevenWouldAcceptAreRefused()
    {
        // A key of 98 and a key of 01 leave the same remainder; ISO 13616 only issues 02 to 98.
        var bban = Enumerable.Range(0, 10_000).Select(i => $"3704004405{i:D8}").First(b => Iban.FromBban("DE", b).Value[2..4] == "98");
        Assert.False(Iban.TryParse("DE01" + bban, "iban", out _, out var error));
        Assert.Contains("clé de contrôle", error.Message.French);
    }

    [Theory]
    [InlineData("FR763000600001123456789018", "un IBAN FR compte 27 caractères, celui-ci en a 26")]
    [InlineData("DE8937040044053201300012", "un IBAN DE compte 22 caractères, celui-ci en a 24")]
    [InlineData("BE6853900754703", "un IBAN BE compte 16 caractères, celui-ci en a 15")]
    public void WrongLengthsAreRefused(string text, string french)
    {
        Assert.False(Iban.TryParse(text, "iban", out _, out var error));
        Assert.Equal($"IBAN invalide : {french}.", error.Message.French);
        Assert.StartsWith("Invalid IBAN: an IBAN from", error.Message.English);
    }

    [Theory]
    [InlineData("XX7630006000011234567890189", "XX")]
    [InlineData("BR1800360305000010009795493C1", "BR")]
    [InlineData("US12345678901234", "US")]
    [InlineData("F", "F")]
    public void UnknownOrNonSepaCountriesAreRefused(string text, string country)
    {
        Assert.False(Iban.TryParse(text, "iban", out _, out var error));
        Assert.Equal($"IBAN invalide : pays « {country} » inconnu ou hors de la zone SEPA.", error.Message.French);
        Assert.Equal($"Invalid IBAN: country \"{country}\" unknown or outside SEPA.", error.Message.English);
    }

    [Theory]
    [InlineData("DE89370400440532O13000", "position 17 (chiffre attendu)")]
    [InlineData("GB82W3ST12345698765432", "position 6 (lettre attendu)")]
    [InlineData("NL91ABNA04171643OO", "position 17 (chiffre attendu)")]
    [InlineData("FRAB30006000011234567890189", "les 3e et 4e caractères (la clé) doivent être des chiffres")]
    [InlineData("76FR30006000011234567890189", "pays « 76 » inconnu")]
    public void LettersAndDigitsInTheWrongPlacesAreRefused(string text, string french)
    {
        Assert.False(Iban.TryParse(text, "iban", out _, out var error));
        Assert.Contains(french, error.Message.French);
    }

    [Fact]
    public void OtherCharactersAreRefused()
    {
        Assert.False(Iban.TryParse("FR76 3000.6000 0112 3456 7890 189", "iban", out _, out var error));
        Assert.Equal("IBAN invalide : seuls les lettres, les chiffres, les espaces et les tirets sont acceptés.", error.Message.French);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  - ")]
    public void NothingTypedIsRequired(string? text)
    {
        Assert.False(Iban.TryParse(text, "iban", out _, out var error));
        Assert.Equal("required", error.Code);
        Assert.Equal("iban", error.Field);
    }

    [Fact]
    public void ParseThrowsForValuesTheCodeHolds()
    {
        var thrown = Assert.Throws<ArgumentException>(() => Iban.Parse("FR7730006000011234567890189", "provider.iban"));
        Assert.Contains("wrong check digits", thrown.Message);
        Assert.Equal("provider.iban", thrown.ParamName);
    }

    [Fact]
    public void IbansBuiltFromABbanCarryTheirComputedCheckDigits() =>
        Assert.Equal("FR7630006000011234567890189", Iban.FromBban("FR", "30006000011234567890189").Value);
}
