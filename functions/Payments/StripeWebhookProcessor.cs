using Congress.Platform.Storage;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace Congress.Payments;

/// <summary>The result of one delivery: a verified event and what it did, or why it was refused.</summary>
public sealed record WebhookResult(WebhookStatus Status, string? Outcome = null);

public enum WebhookStatus { Accepted, BadSignature, InProgress }

/// <summary>
/// Acts on a Stripe webhook delivery: checks the signature and its age, records the event id once,
/// then tells the registration flow. Amounts and payment status are read back from Stripe's API,
/// never taken from the payload.
/// </summary>
public sealed class StripeWebhookProcessor(StripeApi stripe, StripeEventLedger ledger, IPaymentRecorder recorder,
    TimeProvider time, IOptions<StripeOptions> options, ILogger<StripeWebhookProcessor> logger)
{
    public const string CheckoutCompleted = "checkout.session.completed";
    public const string CheckoutAsyncPaymentSucceeded = "checkout.session.async_payment_succeeded";
    public const string CheckoutExpired = "checkout.session.expired";

    public async Task<WebhookResult> HandleAsync(string payload, string? signature, CancellationToken ct)
    {
        var stripeEvent = Verify(payload, signature);
        if (stripeEvent is null) return new WebhookResult(WebhookStatus.BadSignature);
        if (stripeEvent.Type is not (CheckoutCompleted or CheckoutAsyncPaymentSucceeded or CheckoutExpired)
            || stripeEvent.Data?.Object is not Session session)
        {
            logger.LogInformation("Stripe event {EventId} of type {Type} ignored", stripeEvent.Id, stripeEvent.Type);
            return new WebhookResult(WebhookStatus.Accepted, WebhookOutcome.Ignored);
        }

        var claim = await ledger.ClaimAsync(stripeEvent.Id, stripeEvent.Type, session.Id, ct);
        switch (claim.Result)
        {
            case ClaimResult.AlreadyDone:
                logger.LogInformation("Stripe event {EventId} delivered again; already handled", stripeEvent.Id);
                return new WebhookResult(WebhookStatus.Accepted, WebhookOutcome.Duplicate);
            case ClaimResult.InProgress:
                logger.LogInformation("Stripe event {EventId} delivered while another delivery handles it", stripeEvent.Id);
                return new WebhookResult(WebhookStatus.InProgress);
        }

        string outcome;
        try
        {
            outcome = stripeEvent.Type == CheckoutExpired
                ? await ExpireAsync(session, ct)
                : await RecordIfPaidAsync(session.Id, ct);
        }
        catch
        {
            // Not ours to finish: forget the event so that Stripe's next attempt acts on it.
            await ledger.ReleaseAsync(claim, CancellationToken.None);
            throw;
        }
        await ledger.CompleteAsync(claim, outcome, CancellationToken.None);
        logger.LogInformation("Stripe event {EventId} ({Type}) for session {SessionId}: {Outcome}",
            stripeEvent.Id, stripeEvent.Type, session.Id, outcome);
        return new WebhookResult(WebhookStatus.Accepted, outcome);
    }

    private Event? Verify(string payload, string? signature)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.WebhookSecret))
            throw new InvalidOperationException("Stripe:WebhookSecret is not set; webhooks cannot be verified.");
        if (string.IsNullOrWhiteSpace(signature))
        {
            logger.LogWarning("Stripe webhook refused: no Stripe-Signature header");
            return null;
        }
        try
        {
            // The API version check stays on: a payload shaped for another version could be misread.
            var stripeEvent = EventUtility.ConstructEvent(payload, signature, settings.WebhookSecret,
                (long)settings.WebhookTolerance.TotalSeconds, time.GetUtcNow().ToUnixTimeSeconds(),
                throwOnApiVersionMismatch: true);
            if (string.IsNullOrEmpty(stripeEvent.Id) || !TableKeys.IsSafe(stripeEvent.Id))
            {
                logger.LogWarning("Stripe webhook refused: unusable event id");
                return null;
            }
            return stripeEvent;
        }
        catch (Exception e) when (e is StripeException or Newtonsoft.Json.JsonException)
        {
            logger.LogWarning("Stripe webhook refused: {Reason}", e.Message);
            return null;
        }
    }

    private async Task<string> RecordIfPaidAsync(string sessionId, CancellationToken ct)
    {
        // The payload is only a hint: the session as Stripe holds it now says what was paid.
        var session = await stripe.Sessions.GetAsync(sessionId, cancellationToken: ct);
        if (RegistrationIdOf(session) is not { } registrationId) return WebhookOutcome.NotOurs;
        if (session.PaymentStatus != "paid") return WebhookOutcome.Unpaid;
        if (!string.Equals(session.Currency, StripeCheckout.Currency, StringComparison.OrdinalIgnoreCase))
        {
            logger.LogError("Stripe session {SessionId} for registration {RegistrationId} was paid in {Currency}, not euros; not recorded",
                session.Id, registrationId, session.Currency);
            return WebhookOutcome.WrongCurrency;
        }
        var cents = session.AmountTotal
            ?? throw new InvalidOperationException($"Stripe session {session.Id} is paid but has no amount_total.");
        var reference = string.IsNullOrEmpty(session.PaymentIntentId) ? session.Id : session.PaymentIntentId;
        await recorder.RecordAsync(new ReceivedPayment(registrationId, cents / 100m, PaymentMethods.Card, reference,
            time.GetUtcNow()), ct);
        return WebhookOutcome.Recorded;
    }

    private async Task<string> ExpireAsync(Session session, CancellationToken ct)
    {
        // Whether the registration was paid meanwhile (events arrive out of order) is the flow's call.
        if (RegistrationIdOf(session) is not { } registrationId) return WebhookOutcome.NotOurs;
        await recorder.CheckoutExpiredAsync(registrationId, session.Id, ct);
        return WebhookOutcome.Expired;
    }

    private static string? RegistrationIdOf(Session session)
    {
        var id = session.Metadata?.GetValueOrDefault(StripeCheckout.RegistrationIdKey) ?? session.ClientReferenceId;
        return string.IsNullOrWhiteSpace(id) ? null : id;
    }
}
