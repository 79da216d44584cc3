using System.Net;
using Congress.Payments;
using Microsoft.Extensions.Options;

namespace Congress.Tests.Payments;

public sealed class StripeWebhookTests(StripeApp fixture) : StripeWebhookTestBase(fixture), IClassFixture<StripeApp>
{
    [Fact]
    public async Task PaidCheckoutIsRecordedWithTheAmountAndPaymentIntentFromStripe()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync(476.70m);
        var paymentIntent = Stripe.Pay(sessionId);
        var webhook = Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId);

        Assert.Equal(WebhookOutcome.Recorded, await OutcomeAsync(await DeliverAsync(webhook)));

        var payment = Assert.Single(Recorder.PaymentsFor(registrationId));
        Assert.Equal(new ReceivedPayment(registrationId, 476.70m, PaymentMethods.Card, paymentIntent, Clock.GetUtcNow()), payment);
        var row = await EventRowAsync(webhook.EventId);
        Assert.Equal(StripeEventStatus.Done, row?.Status);
        Assert.Equal(WebhookOutcome.Recorded, row?.Outcome);
    }

    [Fact]
    public async Task AmountInThePayloadIsIgnoredInFavourOfStripes()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync(476.70m);
        Stripe.Pay(sessionId);
        // Correctly signed (a payload shaped by an older API version, a replay…), yet not what Stripe holds now.
        var webhook = Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId, tamper: s => s["amount_total"] = 1);

        Assert.Equal(WebhookOutcome.Recorded, await OutcomeAsync(await DeliverAsync(webhook)));

        Assert.Equal(476.70m, Assert.Single(Recorder.PaymentsFor(registrationId)).Amount);
    }

    [Fact]
    public async Task PayloadSayingPaidIsNotBelievedWhenStripeSaysUnpaid()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        var webhook = Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId, tamper: s =>
        {
            s["status"] = "complete";
            s["payment_status"] = "paid";
            s["payment_intent"] = "pi_forged";
        });

        Assert.Equal(WebhookOutcome.Unpaid, await OutcomeAsync(await DeliverAsync(webhook)));

        Assert.Empty(Recorder.PaymentsFor(registrationId));
    }

    [Fact]
    public async Task DelayedPaymentIsRecordedOnlyOnceStripeConfirmsIt()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync(60m);
        Stripe.CompleteUnpaid(sessionId);

        Assert.Equal(WebhookOutcome.Unpaid,
            await OutcomeAsync(await DeliverAsync(Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId))));
        Assert.Empty(Recorder.PaymentsFor(registrationId));

        var paymentIntent = Stripe.Pay(sessionId);
        Assert.Equal(WebhookOutcome.Recorded,
            await OutcomeAsync(await DeliverAsync(Signed(StripeWebhookProcessor.CheckoutAsyncPaymentSucceeded, sessionId))));
        var payment = Assert.Single(Recorder.PaymentsFor(registrationId));
        Assert.Equal((60m, paymentIntent), (payment.Amount, payment.Reference));
    }

    [Fact]
    public async Task SameEventDeliveredAgainIsAcknowledgedAndRecordedOnce()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        Stripe.Pay(sessionId);
        var webhook = Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId);

        Assert.Equal(WebhookOutcome.Recorded, await OutcomeAsync(await DeliverAsync(webhook)));
        Clock.Advance(TimeSpan.FromMinutes(1));
        var redelivery = Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId, eventId: webhook.EventId);
        Assert.Equal(WebhookOutcome.Duplicate, await OutcomeAsync(await DeliverAsync(redelivery)));

        Assert.Single(Recorder.PaymentsFor(registrationId));
    }

    [Fact]
    public async Task SixteenParallelDeliveriesOfOneEventRecordOnce()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        Stripe.Pay(sessionId);
        var webhook = Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId);
        var flowMayFinish = new TaskCompletionSource();
        Recorder.Gate = flowMayFinish.Task; // the delivery that got the event is still busy when the others arrive
        List<Task<HttpResponseMessage>> deliveries;
        Task<List<HttpResponseMessage>> othersAnswered;
        try
        {
            deliveries = Enumerable.Range(0, 16).Select(_ => Task.Run(() => DeliverAsync(webhook))).ToList();
            othersAnswered = FirstAnswersAsync(deliveries, 15);
            // Fifteen answer while one is held in the flow; with a second delivery in the flow this times out.
            Assert.Same(othersAnswered, await Task.WhenAny(othersAnswered, Task.Delay(TimeSpan.FromSeconds(30))));
        }
        finally
        {
            flowMayFinish.TrySetResult();
            Recorder.Gate = null;
        }
        var responses = await Task.WhenAll(deliveries);

        Assert.Single(Recorder.PaymentsFor(registrationId));
        // Busy: 409 so that Stripe retries later (a 200 would make Stripe forget the event if the first failed).
        Assert.All(await othersAnswered, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(WebhookOutcome.Recorded, await OutcomeAsync(Assert.Single(responses, r => r.IsSuccessStatusCode)));
        Assert.Equal(WebhookOutcome.Duplicate, await OutcomeAsync(await DeliverAsync(webhook)));
        Assert.Single(Recorder.PaymentsFor(registrationId));
    }

    private static async Task<List<HttpResponseMessage>> FirstAnswersAsync(IEnumerable<Task<HttpResponseMessage>> deliveries, int count)
    {
        var pending = deliveries.ToList();
        var answered = new List<HttpResponseMessage>();
        while (answered.Count < count)
        {
            var done = await Task.WhenAny(pending);
            pending.Remove(done);
            answered.Add(await done);
        }
        return answered;
    }

    [Fact]
    public async Task NegativeControl_DistinctEventsForOnePaymentEachReachTheRecorder()
    {
        // The guard is the event id: without it (distinct ids), every parallel delivery acts. This is
        // also why the recorder itself must be idempotent per payment reference.
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        Stripe.Pay(sessionId);
        var webhooks = Enumerable.Range(0, 16).Select(_ => Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId)).ToList();

        var responses = await Task.WhenAll(webhooks.Select(w => Task.Run(() => DeliverAsync(w))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var payments = Recorder.PaymentsFor(registrationId);
        Assert.Equal(16, payments.Count);
        Assert.Single(payments.Select(p => p.Reference).Distinct());
    }

    [Fact]
    public async Task ExpiredCheckoutIsPassedToTheFlow()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        Stripe.Expire(sessionId);

        Assert.Equal(WebhookOutcome.Expired,
            await OutcomeAsync(await DeliverAsync(Signed(StripeWebhookProcessor.CheckoutExpired, sessionId))));

        Assert.Equal([sessionId], Recorder.ExpiredSessionsFor(registrationId));
        Assert.Empty(Recorder.PaymentsFor(registrationId));
    }

    [Fact]
    public async Task ExpiryArrivingAfterThePaymentIsPassedOnForTheFlowToIgnore()
    {
        // Stripe does not order events; the recorder knows the registration is paid and decides.
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        var staleExpiry = Signed(StripeWebhookProcessor.CheckoutExpired, sessionId);
        Stripe.Pay(sessionId);

        Assert.Equal(WebhookOutcome.Recorded,
            await OutcomeAsync(await DeliverAsync(Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId))));
        Assert.Equal(WebhookOutcome.Expired, await OutcomeAsync(await DeliverAsync(staleExpiry)));

        Assert.Single(Recorder.PaymentsFor(registrationId));
        Assert.Equal([sessionId], Recorder.ExpiredSessionsFor(registrationId));
    }

    [Fact]
    public async Task FailureOfTheFlowAnswers500AndStripesRetryGoesThrough()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        Stripe.Pay(sessionId);
        Recorder.FailNext(registrationId);
        var webhook = Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId);

        var failed = await DeliverAsync(webhook);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        Assert.Null(await EventRowAsync(webhook.EventId));

        Clock.Advance(TimeSpan.FromMinutes(1));
        var retry = Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId, eventId: webhook.EventId);
        Assert.Equal(WebhookOutcome.Recorded, await OutcomeAsync(await DeliverAsync(retry)));
        Assert.Equal(2, Recorder.PaymentsFor(registrationId).Count);
        Assert.Equal(StripeEventStatus.Done, (await EventRowAsync(webhook.EventId))?.Status);
    }

    [Fact]
    public async Task EventLeftHalfDoneByAStoppedAppIsTakenOverWhenItsLeaseEnds()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        Stripe.Pay(sessionId);
        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var lease = Application.Get<IOptions<StripeOptions>>().Value.EventLease;
        var (partition, row) = StripeEventRow.KeysFor(eventId);
        // A delivery claimed the event, then the app stopped before it told the flow.
        await Application.Storage.Table(StripeEventLedger.Table).AddEntityAsync(new StripeEventRow
        {
            PartitionKey = partition, RowKey = row, Type = StripeWebhookProcessor.CheckoutCompleted, ClaimId = "dead",
            Status = StripeEventStatus.Processing, LeaseUntil = Clock.GetUtcNow() + lease, Attempts = 1,
            ReceivedAt = Clock.GetUtcNow(),
        });

        Clock.Advance(lease - TimeSpan.FromSeconds(1));
        var early = await DeliverAsync(Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId, eventId: eventId));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Empty(Recorder.PaymentsFor(registrationId));

        Clock.Advance(TimeSpan.FromSeconds(1));
        var late = await DeliverAsync(Signed(StripeWebhookProcessor.CheckoutCompleted, sessionId, eventId: eventId));
        Assert.Equal(WebhookOutcome.Recorded, await OutcomeAsync(late));
        Assert.Single(Recorder.PaymentsFor(registrationId));
        var stored = await EventRowAsync(eventId);
        Assert.Equal((StripeEventStatus.Done, 2), (stored?.Status, stored?.Attempts));
    }

    [Fact]
    public async Task OtherEventTypesAreAcknowledgedWithoutEffect()
    {
        var (registrationId, sessionId) = await OpenCheckoutAsync();
        Stripe.Pay(sessionId);
        var webhook = Signed("checkout.session.async_payment_failed", sessionId);

        Assert.Equal(WebhookOutcome.Ignored, await OutcomeAsync(await DeliverAsync(webhook)));

        Assert.Empty(Recorder.PaymentsFor(registrationId));
        Assert.Empty(Recorder.ExpiredSessionsFor(registrationId));
        Assert.Null(await EventRowAsync(webhook.EventId));
    }
}
