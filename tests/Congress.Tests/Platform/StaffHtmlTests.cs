using Congress.Platform.Text;

namespace Congress.Tests.Platform;

public sealed class StaffHtmlTests
{
    [Theory]
    [InlineData("<a href=\"//evil.example/login\">x</a>")]
    [InlineData("<a href=\"\\\\evil.example\">x</a>")]
    [InlineData("<a href=\"/\\evil.example\">x</a>")]
    [InlineData("<a href=\" //evil.example\">x</a>")]
    [InlineData("<a href=\"http://evil.example\">x</a>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    public void LinksToOtherSitesWithoutHttpsAreDropped(string html) =>
        Assert.DoesNotContain("href", StaffHtml.Clean(html));

    [Theory]
    [InlineData("<a href=\"https://www.saint-etienne.fr/\">x</a>", "https://www.saint-etienne.fr/")]
    [InlineData("<a href=\"mailto:contact@congres.example\">x</a>", "mailto:contact@congres.example")]
    [InlineData("<a href=\"/register/\">x</a>", "/register/")]
    public void HttpsMailtoAndOurOwnPagesStay(string html, string href) =>
        Assert.Contains($"href=\"{href}\"", StaffHtml.Clean(html));

    [Theory]
    [InlineData("<img src=\"https://tracker.example/pixel.gif\">")]
    [InlineData("<img src=\"//tracker.example/pixel.gif\">")]
    [InlineData("<img src=\"http://tracker.example/pixel.gif\">")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">")]
    public void ImagesFromElsewhereAreDropped(string html) =>
        Assert.DoesNotContain("src", StaffHtml.Clean(html));

    [Fact]
    public void ImagesFromOurOwnSiteStay() =>
        Assert.Contains("src=\"/api/photos/events/demo/p1\"", StaffHtml.Clean("<img src=\"/api/photos/events/demo/p1\" alt=\"\">"));

    [Fact]
    public void ABackgroundFromElsewhereInAStyleIsDropped() =>
        Assert.DoesNotContain("evil", StaffHtml.Clean("<p style=\"background-image: url(//evil.example/x.png)\">x</p>"));
}
