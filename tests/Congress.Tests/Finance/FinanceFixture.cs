using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Platform.Auth;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Finance;

/// <summary>The demo event under a fake clock, with a finance team of two (changes and confirmations need two people).</summary>
public sealed class FinanceFixture : IAsyncDisposable
{
    public const string Hotel = "adagio-saint-etienne";
    public const string Organiser = "atout-france";
    public const string ValidIban = "FR7630006000011234567890189";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public AppFactory App { get; private set; } = null!;
    public HttpClient Public { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Finance { get; private set; } = null!;

    /// <summary>Sessions end with time: after moving the clock far, sign both in again.</summary>
    public async Task SignInAgainAsync()
    {
        Admin = await App.SignedInClientAsync(Roles.Admin);
        Finance = await App.SignedInClientAsync(Roles.Finance);
    }
    public DemoBaskets Demo { get; private set; } = null!;

    public static async Task<FinanceFixture> CreateAsync(IDictionary<string, string?>? settings = null)
    {
        var fixture = new FinanceFixture();
        var all = new Dictionary<string, string?>
        {
            ["App:LoadDemoEvent"] = "true",
            ["Finance:DebtorName"] = "Office de Tourisme et des Congrès de Saint-Étienne",
            ["Finance:DebtorIban"] = "FR1420041010050500013M02606",
            ["Finance:NotifyEmail"] = "finance@congres.example",
            ["Finance:ScheduledDateCriterion"] = "created",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        fixture.App = await AppFactory.CreateAsync(all, services => services.AddSingleton<TimeProvider>(fixture.Clock));
        fixture.Public = fixture.App.CreateClient();
        fixture.Admin = await fixture.App.SignedInClientAsync(Roles.Admin);
        fixture.Finance = await fixture.App.SignedInClientAsync(Roles.Finance);
        fixture.Demo = await DemoBaskets.ReadAsync(fixture.Public);
        return fixture;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    /// <summary>A registration by transfer (fee, two nights at the hotel, an evening); <paramref name="paid"/>: the share of its total received.</summary>
    public async Task<(string Id, decimal Total)> RegisterAsync(decimal paid = 1m)
    {
        var id = await Demo.RegisterAsync(Public);
        var total = (await Admin.GetFromJsonAsync<JsonElement>($"/api/admin/registrations/{id}")).GetProperty("total").GetDecimal();
        if (paid > 0) await DemoBaskets.PayAsync(Finance, id, DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime), decimal.Round(total * paid, 2));
        return (id, total);
    }

    /// <summary>Bank details set by the admin and confirmed by the finance member (a second person).</summary>
    public async Task PayableBankDetailsAsync(string providerId, string iban = ValidIban)
    {
        var set = await Admin.PutAsJsonAsync($"/api/admin/finance/providers/{providerId}/bank-details",
            new { iban, bic = "BNPAFRPP", accountHolder = "Hôtel & Résidence « L'Adagio » 🏨" });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConfirmAsync(Finance, providerId, await VersionAsync(set))).StatusCode);
    }

    public static async Task<string> VersionAsync(HttpResponseMessage details) =>
        (await details.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString()!;

    /// <summary>A confirmation of the version the person saw.</summary>
    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string providerId, string version) =>
        client.PostAsJsonAsync($"/api/admin/finance/providers/{providerId}/bank-details/confirm", new { version });

    public object Criteria(string mode = "balance", string? providerId = null) => new
    {
        dateCriterion = "created",
        from = Clock.GetUtcNow().AddDays(-1).ToString("yyyy-MM-dd"),
        to = Clock.GetUtcNow().AddDays(1).ToString("yyyy-MM-dd"),
        eventId = DemoBaskets.EventId,
        providerIds = providerId is null ? null : new[] { providerId },
        mode,
    };

    public async Task<JsonElement> PreviewAsync(object criteria, string method = "transfer")
    {
        var response = await Finance.PostAsJsonAsync("/api/admin/finance/payouts/preview", new { criteria, method });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The due line of a registration in a provider's planned payment, or null.</summary>
    public static JsonElement? DueLine(JsonElement preview, string providerId, string registrationId) =>
        preview.GetProperty("payments").EnumerateArray().Where(p => p.GetProperty("providerId").GetString() == providerId)
            .SelectMany(p => p.GetProperty("lines").EnumerateArray())
            .Select(l => (JsonElement?)l).FirstOrDefault(l => l!.Value.GetProperty("registrationId").GetString() == registrationId);
}
