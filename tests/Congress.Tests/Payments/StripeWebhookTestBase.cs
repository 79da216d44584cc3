using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Congress.Payments;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Payments;

/// <summary>A fresh app, Stripe double, clock and recording flow for each webhook test.</summary>
public abstract class StripeWebhookTestBase : IAsyncLifetime
{
    protected const string WebhookUrl = "/api/payments/stripe/webhook";
    protected FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    protected RecordingPaymentRecorder Recorder { get; } = new();
    protected StripeDouble Stripe { get; private set; } = null!;
    protected AppFactory Application { get; private set; } = null!;
    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stripe = await StripeDouble.StartAsync(Clock);
        Application = await AppFactory.CreateAsync(Stripe.Settings, s => s
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IPaymentRecorder>(Recorder));
        Client = Application.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Application.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    protected async Task<(string RegistrationId, string SessionId)> OpenCheckoutAsync(decimal amount = 476.70m)
    {
        var registrationId = "reg-" + Guid.NewGuid().ToString("N")[..12];
        var session = await Application.Get<StripeCheckout>().CreateAsync(new CheckoutRequest(registrationId, amount,
            "Inscription", "claire@example.org", Clock.GetUtcNow().AddHours(2), "https://congres.example/merci",
            "https://congres.example/panier"), CancellationToken.None);
        return (registrationId, session.Id);
    }

    protected StripeDouble.SignedWebhook Signed(string type, string sessionId, DateTimeOffset? at = null, string? eventId = null,
        Action<JsonObject>? tamper = null)
    {
        var session = Stripe.Session(sessionId);
        tamper?.Invoke(session);
        return Stripe.SignedEvent(type, session, StripeDouble.WebhookSecret, at, eventId);
    }

    protected Task<HttpResponseMessage> DeliverAsync(StripeDouble.SignedWebhook webhook) =>
        DeliverAsync(webhook.Payload, webhook.Signature);

    protected Task<HttpResponseMessage> DeliverAsync(string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, WebhookUrl)
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        if (signature is not null) request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        return Client.SendAsync(request);
    }

    protected static async Task<string?> OutcomeAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString();
    }

    protected static async Task AssertSignatureRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("Stripe-Signature", out _));
    }

    protected async Task<StripeEventRow?> EventRowAsync(string eventId)
    {
        var (partition, row) = StripeEventRow.KeysFor(eventId);
        var found = await Application.Storage.Table(StripeEventLedger.Table).GetEntityIfExistsAsync<StripeEventRow>(partition, row);
        return found.HasValue ? found.Value : null;
    }
}
