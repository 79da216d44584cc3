using System.Text.Json.Nodes;
using Congress.Tests.Infrastructure;
using Stripe;
using Stripe.Checkout;

namespace Congress.Tests.Payments;

/// <summary>The double's webhooks are what Stripe.net itself computes and accepts.</summary>
public sealed class StripeDoubleTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeSeconds(1_900_000_000);

    private static JsonObject SessionJson() => new()
    {
        ["id"] = "cs_test_abc", ["object"] = "checkout.session", ["amount_total"] = 47670, ["currency"] = "eur",
        ["payment_status"] = "paid", ["status"] = "complete", ["payment_intent"] = "pi_123",
        ["client_reference_id"] = "reg-1", ["metadata"] = new JsonObject { ["registrationId"] = "reg-1" },
        ["url"] = null, ["expires_at"] = 1_900_003_600, ["customer_email"] = "claire@example.org",
    };

    [Fact]
    public async Task SignedEventIsVerifiedAndReadByStripeNet()
    {
        await using var stripe = await StripeDouble.StartAsync();
        var webhook = stripe.SignedEvent("checkout.session.completed", SessionJson(), StripeDouble.WebhookSecret, At);

        var verified = EventUtility.ConstructEvent(webhook.Payload, webhook.Signature, StripeDouble.WebhookSecret,
            300, At.ToUnixTimeSeconds(), throwOnApiVersionMismatch: true);

        Assert.Equal(webhook.EventId, verified.Id);
        Assert.Equal("checkout.session.completed", verified.Type);
        var session = Assert.IsType<Session>(verified.Data.Object);
        Assert.Equal(("cs_test_abc", 47670L, "eur", "paid", "complete", "pi_123"),
            (session.Id, session.AmountTotal!.Value, session.Currency, session.PaymentStatus, session.Status, session.PaymentIntentId));
        Assert.Equal(("reg-1", "reg-1", "claire@example.org"),
            (session.ClientReferenceId, session.Metadata["registrationId"], session.CustomerEmail));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_900_003_600).UtcDateTime, session.ExpiresAt);
    }

    [Fact]
    public void SignatureIsStripesHmacScheme()
    {
        const string payload = """{"id":"evt_1","object":"event"}""";

        var header = StripeDouble.SignatureHeader(payload, StripeDouble.WebhookSecret, At);

        Assert.Equal($"t={At.ToUnixTimeSeconds()},v1={EventUtility.ComputeSignature(StripeDouble.WebhookSecret, At.ToUnixTimeSeconds().ToString(), payload)}",
            header);
    }
}
