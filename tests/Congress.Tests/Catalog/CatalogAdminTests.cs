using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Platform.Auth;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Catalog;

/// <summary>Configuring an event through the API, as the back office will.</summary>
public sealed class CatalogAdminTests(PlainApp fixture) : IClassFixture<PlainApp>, IAsyncLifetime
{
    private readonly AppFactory _app = fixture.App;
    private HttpClient _staff = null!;

    public async Task InitializeAsync() => _staff = await _app.SignedInClientAsync(Roles.OperationsManager);

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Event(string presentation = "<p>Bienvenue</p>", string iban = "FR7630006000011234567890189") => new
    {
        title = "Journées du tourisme", venue = "Centre des congrès", city = "Lyon", venueLatitude = 45.76, venueLongitude = 4.83,
        startDate = "2027-06-02", endDate = "2027-06-03", timeZone = "Europe/Paris", summary = "Deux jours",
        presentationHtml = presentation, termsHtml = "<p>CGV</p>", status = "Published",
        maxParticipants = 5, depositPercent = 30, paymentMethods = new[] { "cheque", "transfer" }, holdMinutes = 35,
        manualPaymentDays = 10, reminderDays = 5, payee = "Lyon Congrès", payeeAddress = "Lyon", iban, bic = "AGRIFRPP",
    };

    [Fact]
    public async Task EventIsCreatedConfiguredAndPricedWithItsDeposit()
    {
        Assert.Equal(HttpStatusCode.Created, (await _staff.PutAsJsonAsync("/api/admin/events/journees-2027", Event())).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _staff.PutAsJsonAsync("/api/admin/events/journees-2027/steps", new
        {
            steps = new[]
            {
                new { id = "participants", kind = "participants", title = new { fr = "Participants", en = "Participants" }, intro = (object?)null, choice = "none" },
                new { id = "fee", kind = "fee", title = new { fr = "Droits", en = "Fee" }, intro = (object?)null, choice = "none" },
            },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _staff.PutAsJsonAsync("/api/admin/events/journees-2027/products/fee", new
        {
            stepId = "fee", label = new { fr = "Droits d'inscription", en = "Fee" }, priceIncl = 120.00m, vatRate = 20m, unit = "perPerson",
            startDate = "2027-06-02", endDate = "2027-06-03", audience = "attendees", mandatory = true, capacity = "total", sortOrder = 1,
        })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _staff.PutAsJsonAsync("/api/admin/events/journees-2027/products/fee/stock",
            new { slots = new Dictionary<string, int> { ["total"] = 200 } })).StatusCode);

        var quote = await _app.CreateClient().PostAsJsonAsync("/api/events/journees-2027/quote", new
        {
            participants = new[] { new { lastName = "Roux", firstName = "Léa", organisation = "OT", companion = (object?)null } },
            lines = new[] { new { productId = "fee", persons = new[] { "p0" } } },
        });

        var priced = await quote.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(120.00m, priced.GetProperty("total").GetDecimal());
        Assert.Equal(36.00m, priced.GetProperty("deposit").GetDecimal());
        Assert.Equal(100.00m, priced.GetProperty("totalExcl").GetDecimal());
    }

    [Fact]
    public async Task PresentationHtmlIsSanitised()
    {
        await _staff.PutAsJsonAsync("/api/admin/events/clean-2027",
            Event("<p onclick=\"steal()\">Bienvenue</p><script>alert(1)</script><a href=\"javascript:alert(2)\">lien</a>"));

        var form = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/events/clean-2027/form");

        var html = form.GetProperty("event").GetProperty("presentationHtml").GetString()!;
        Assert.Contains("Bienvenue", html);
        Assert.DoesNotContain("script", html);
        Assert.DoesNotContain("onclick", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public async Task WrongIbanAndUnknownStepAreRefusedByField()
    {
        var badIban = await _staff.PutAsJsonAsync("/api/admin/events/bad-iban", Event(iban: "FR7630006000011234567890188"));
        await _staff.PutAsJsonAsync("/api/admin/events/steps-2027", Event());
        var unknownStep = await _staff.PutAsJsonAsync("/api/admin/events/steps-2027/products/lunch", new
        {
            stepId = "nowhere", label = new { fr = "Déjeuner", en = "Lunch" }, priceIncl = 25m, vatRate = 10m, unit = "perPerson",
            startDate = "2027-06-02", endDate = "2027-06-02", audience = "both", mandatory = false, capacity = "none", sortOrder = 1,
        });

        Assert.True((await badIban.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("iban", out _));
        Assert.True((await unknownStep.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("stepId", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync("/api/events/bad-iban/form")).StatusCode);
    }

    [Fact]
    public async Task OnlyOperationsRolesConfigureEvents()
    {
        var finance = await _app.SignedInClientAsync(Roles.Finance);

        Assert.Equal(HttpStatusCode.Forbidden, (await finance.PutAsJsonAsync("/api/admin/events/finance-2027", Event())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().PutAsJsonAsync("/api/admin/events/anon-2027", Event())).StatusCode);
    }
}
