using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Platform.Auth;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;

namespace Congress.Tests.Payments;

/// <summary>Card payment needs both Stripe secrets; half set up, it is reported, refused and not offered.</summary>
/// <remarks>Each test starts the apps of the Stripe settings it checks.</remarks>
public sealed class CardConfigurationTests
{
    private static object Settings(params string[] paymentMethods) => new
    {
        title = "Journées", venue = "Centre des congrès", city = "Lyon", startDate = "2027-06-02", endDate = "2027-06-03",
        timeZone = "Europe/Paris", status = "Draft", maxParticipants = 5, depositPercent = 30, paymentMethods, holdMinutes = 40,
        manualPaymentDays = 12, reminderDays = 4, payee = "Lyon Congrès", payeeAddress = "1 quai Perrache, Lyon",
        iban = "FR76 3000 6000 0112 3456 7890 189",
    };

    private static Task<AppFactory> AppAsync(string secretKey, string webhookSecret) => AppFactory.CreateAsync(new Dictionary<string, string?>
    {
        ["App:LoadDemoEvent"] = "true", ["Stripe:SecretKey"] = secretKey, ["Stripe:WebhookSecret"] = webhookSecret,
    });

    [Fact]
    public async Task AKeyWithoutItsWebhookSecretIsReportedRefusedAndNotOffered()
    {
        await using var app = await AppAsync("sk_test_half", "");
        var client = app.CreateClient();
        var staff = await app.SignedInClientAsync(Roles.Admin);

        var health = await client.GetAsync("/api/health");
        var report = await health.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        Assert.Contains("Stripe__WebhookSecret", report.GetProperty("payments").GetString());

        var webhook = await client.PostAsync("/api/payments/stripe/webhook", new StringContent("{\"id\":\"evt_1\"}"));
        var problem = await webhook.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, webhook.StatusCode);
        Assert.Equal("application/problem+json", webhook.Content.Headers.ContentType?.MediaType);
        Assert.Contains("card-payment-not-configured", problem);
        Assert.DoesNotContain(" at ", problem);

        var form = await client.GetFromJsonAsync<JsonElement>($"/api/events/{DemoBaskets.EventId}/form");
        Assert.Equal(["cheque", "transfer"], form.GetProperty("event").GetProperty("paymentMethods").EnumerateArray().Select(m => m.GetString()));
        var settings = await staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{DemoBaskets.EventId}");
        Assert.Equal(["cheque", "transfer"], settings.GetProperty("availablePaymentMethods").EnumerateArray().Select(m => m.GetString()));

        var withCard = await staff.PutAsJsonAsync("/api/admin/events/half-card", Settings("card", "cheque"));
        Assert.Equal(HttpStatusCode.BadRequest, withCard.StatusCode);
        Assert.Equal(["paymentMethods"], (await withCard.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.Created, (await staff.PutAsJsonAsync("/api/admin/events/half-card", Settings("cheque"))).StatusCode);
    }

    [Fact]
    public async Task AWebhookSecretWithoutItsKeyIsReportedToo()
    {
        await using var app = await AppAsync("", "whsec_half");

        var report = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/health");

        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        Assert.Contains("Stripe__SecretKey", report.GetProperty("payments").GetString());
    }

    [Fact]
    public async Task WithBothSecretsCardIsOfferedAndWithNeitherItIsSimplyOff()
    {
        await using var both = await AppAsync("sk_test_full", "whsec_full");
        await using var neither = await AppAsync("", "");
        var staff = await both.SignedInClientAsync(Roles.Admin);

        var ready = await both.CreateClient().GetFromJsonAsync<JsonElement>("/api/health");
        var off = await neither.CreateClient().GetFromJsonAsync<JsonElement>("/api/health");
        var offWebhook = await neither.CreateClient().PostAsync("/api/payments/stripe/webhook", new StringContent("{}"));

        Assert.Equal(("Healthy", "card"), (ready.GetProperty("status").GetString(), ready.GetProperty("payments").GetString()));
        Assert.Equal(("Healthy", "off"), (off.GetProperty("status").GetString(), off.GetProperty("payments").GetString()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, offWebhook.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await staff.PutAsJsonAsync("/api/admin/events/full-card", Settings("card"))).StatusCode);
    }
}
