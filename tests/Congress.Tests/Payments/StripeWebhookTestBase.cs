using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Congress.Payments;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Payments;

/// <summary>The app, Stripe double, clock and recording flow of the class, shared by its webhook tests.</summary>
public abstract class StripeWebhookTestBase(StripeApp fixture) : IDisposable
{
    protected const string WebhookUrl = "/api/payments/stripe/webhook";
    protected FakeTimeProvider Clock => fixture.Clock;
    protected RecordingPaymentRecorder Recorder => fixture.Recorder;
    protected StripeDouble Stripe => fixture.Stripe;
    protected AppFactory Application => fixture.App;
    protected HttpClient Client { get; } = fixture.App.CreateClient();

    public void Dispose() => Client.Dispose();

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
