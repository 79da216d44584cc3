using Congress.Finance.Sepa;

namespace Congress.Tests.Finance.Sepa;

public sealed class BicTests
{
    [Theory]
    [InlineData("BNPAFRPP", "BNPAFRPP")]
    [InlineData("bnpa fr pp xxx", "BNPAFRPPXXX")]
    [InlineData("DEUTDEFF500", "DEUTDEFF500")]
    [InlineData("CMCIFR2A", "CMCIFR2A")]
    public void BicsAreNormalised(string text, string expected)
    {
        Assert.True(Bic.TryParse(text, "bic", out var bic, out _));
        Assert.Equal(expected, bic);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NoBicIsAccepted(string? text)
    {
        Assert.True(Bic.TryParse(text, "bic", out var bic, out var error));
        Assert.Null(bic);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("BNPAFRP", "8 ou 11 caractères attendus, 7 reçus")]
    [InlineData("BNPAFRPPXX", "8 ou 11 caractères attendus, 10 reçus")]
    [InlineData("BNP1FRPP", "4 lettres (banque)")]
    [InlineData("BNPAF1PP", "2 lettres (pays)")]
    [InlineData("BNPAFR1P", "2 lettres ou chiffres (lieu)")]
    [InlineData("BNPAFRPO", "2 lettres ou chiffres (lieu)")]
    [InlineData("BNPAFRPP-XX", "2 lettres ou chiffres (lieu)")]
    public void MalformedBicsAreRefusedNamingTheField(string text, string french)
    {
        Assert.False(Bic.TryParse(text, "provider.bic", out var bic, out var error));
        Assert.Null(bic);
        Assert.Equal("provider.bic", error.Field);
        Assert.StartsWith("BIC invalide : ", error.Message.French);
        Assert.Contains(french, error.Message.French);
        Assert.StartsWith("Invalid BIC: ", error.Message.English);
    }
}
