using Congress.Payments;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Payments;

/// <summary>Only Stripe, recently, and in the API release we read: anything else is refused before anything is written.</summary>
public sealed class StripeWebhookSignatureTests(StripeApp fixture) : StripeWebhookTestBase(fixture), IClassFixture<StripeApp>
{
    [Fact]
    public async Task WrongSecretIsRefusedAndNothingIsWritten()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        Stripe.Pay(sessionId);
        var forged = Stripe.SignedEvent(StripeWebhookProcessor.CheckoutCompleted, Stripe.Session(sessionId), "whsec_someone_else");

        await AssertSignatureRefusedAsync(await DeliverAsync(forged));

        Assert.Empty(Recorder.PaymentsFor(registrationId));
        Assert.Null(await EventRowAsync(forged.EventId));
    }

    [Fact]
    public async Task MissingSignatureIsRefused()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        Stripe.Pay(sessionId);
        var webhook = Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId);

        await AssertSignatureRefusedAsync(await DeliverAsync(webhook.Payload, signature: null));

        Assert.Empty(Recorder.PaymentsFor(registrationId));
        Assert.Null(await EventRowAsync(webhook.EventId));
    }

    [Fact]
    public async Task PayloadChangedAfterSigningIsRefused()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        Stripe.Pay(sessionId);
        var webhook = Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId);
        var altered = webhook.Payload.Replace("\"livemode\":false", "\"livemode\":true", StringComparison.Ordinal);
        Assert.NotEqual(webhook.Payload, altered);

        await AssertSignatureRefusedAsync(await DeliverAsync(altered, webhook.Signature));

        Assert.Empty(Recorder.PaymentsFor(registrationId));
        Assert.Null(await EventRowAsync(webhook.EventId));
    }

    [Theory]
    [InlineData(-301, false)]
    [InlineData(-300, true)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    public async Task SignatureTimestampMustBeWithinFiveMinutesOfOurClock(int offsetSeconds, bool accepted)
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        Stripe.Pay(sessionId);
        var webhook = Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId, Clock.GetUtcNow().AddSeconds(offsetSeconds));

        var response = await DeliverAsync(webhook);

        if (accepted)
        {
            Assert.Equal(WebhookOutcome.Recorded, await OutcomeAsync(response));
            Assert.Single(Recorder.PaymentsFor(registrationId));
        }
        else
        {
            await AssertSignatureRefusedAsync(response);
            Assert.Empty(Recorder.PaymentsFor(registrationId));
            Assert.Null(await EventRowAsync(webhook.EventId));
        }
    }

    [Fact]
    public async Task EventOfAnotherApiReleaseIsRefused()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        Stripe.Pay(sessionId);
        var webhook = Stripe.SignedEvent(StripeWebhookProcessor.CheckoutCompleted, Stripe.Session(sessionId),
            StripeDouble.WebhookSecret, apiVersion: "2025-09-30.clover");

        await AssertSignatureRefusedAsync(await DeliverAsync(webhook));

        Assert.Empty(Recorder.PaymentsFor(registrationId));
    }

}
