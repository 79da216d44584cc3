using Congress.Platform.Storage;
using Congress.Platform.Text;
using Stripe;
using Stripe.Checkout;

namespace Congress.Payments;

/// <summary>
/// Opens a Stripe Checkout Session for a registration: one line in euros for the amount due, the
/// registration id attached (metadata and client_reference_id) so that the webhook can find it.
/// </summary>
public sealed class StripeCheckout(StripeApi stripe, TimeProvider time)
{
    public const string Currency = "eur";
    public const string RegistrationIdKey = "registrationId";

    /// <summary>Stripe accepts expires_at from 30 minutes to 24 hours after creation, by its own clock;
    /// a minute of margin on each side absorbs clock skew and transit time.</summary>
    public static readonly TimeSpan ShortestLifetime = TimeSpan.FromMinutes(31);
    public static readonly TimeSpan LongestLifetime = TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1);

    /// <summary>When the hold does not fit Stripe's bounds, the expiry moves from the hold's end in
    /// steps of this size, so that a retry a few minutes later sends the same expiry (Stripe refuses
    /// an idempotency key reused with different parameters).</summary>
    public static readonly TimeSpan ExpiryStep = TimeSpan.FromMinutes(15);

    // Stripe's ceiling for one Checkout amount: 999,999.99 in a two-decimal currency.
    private const decimal MaxAmount = 999_999.99m;

    public async Task<CheckoutSession> CreateAsync(CheckoutRequest request, CancellationToken ct)
    {
        Validate(request);
        var expiresAt = ExpiryFor(request.ExpiresAt, time.GetUtcNow());
        var metadata = new Dictionary<string, string> { [RegistrationIdKey] = request.RegistrationId };
        var options = new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.RegistrationId,
            CustomerEmail = string.IsNullOrWhiteSpace(request.CustomerEmail) ? null : request.CustomerEmail.Trim(),
            ExpiresAt = expiresAt.UtcDateTime,
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
            Metadata = metadata,
            // The PaymentIntent carries it too: refunds and disputes start from the PaymentIntent.
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = new Dictionary<string, string>(metadata) },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = Currency,
                        UnitAmount = Money.ToCents(request.Amount),
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.Description },
                    },
                },
            ],
        };
        var session = await stripe.Sessions.CreateAsync(options,
            new RequestOptions { IdempotencyKey = IdempotencyKeyFor(request.RegistrationId) }, ct);
        return new CheckoutSession(session.Id, session.Url, new DateTimeOffset(session.ExpiresAt, TimeSpan.Zero));
    }

    public static string IdempotencyKeyFor(string registrationId) => "checkout-" + registrationId;

    /// <summary>Euros to the cents Stripe counts in, rounded half away from zero.</summary>

    /// <summary>
    /// The hold's end when Stripe accepts it. A hold shorter than Stripe's minimum gives a session
    /// that outlives it: the attendee may pay after the hold ended, and the flow must then record
    /// the payment and re-check the stock (or flag it for refund). A hold longer than a day gives a
    /// session that expires first: the flow may open another one.
    /// </summary>
    public static DateTimeOffset ExpiryFor(DateTimeOffset holdEndsAt, DateTimeOffset now)
    {
        DateTimeOffset earliest = now + ShortestLifetime, latest = now + LongestLifetime;
        if (holdEndsAt < earliest) return holdEndsAt + StepsCovering(earliest - holdEndsAt);
        if (holdEndsAt > latest) return holdEndsAt - StepsCovering(holdEndsAt - latest);
        return holdEndsAt;
    }

    private static TimeSpan StepsCovering(TimeSpan gap) =>
        TimeSpan.FromTicks((gap.Ticks + ExpiryStep.Ticks - 1) / ExpiryStep.Ticks * ExpiryStep.Ticks);

    private static void Validate(CheckoutRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.RegistrationId) || !TableKeys.IsSafe(request.RegistrationId)
            || request.RegistrationId.Length > 200)
            throw new ArgumentException("registrationId: required, at most 200 characters, no / \\ # ?", nameof(request));
        if (request.Amount <= 0 || request.Amount > MaxAmount || Money.ToCents(request.Amount) <= 0)
            throw new ArgumentException($"amount: from 0.01 to {MaxAmount} euros, got {request.Amount}", nameof(request));
        if (string.IsNullOrWhiteSpace(request.Description))
            throw new ArgumentException("description: required (Stripe shows it as the line's name)", nameof(request));
        if (!Uri.TryCreate(request.SuccessUrl, UriKind.Absolute, out _) || !Uri.TryCreate(request.CancelUrl, UriKind.Absolute, out _))
            throw new ArgumentException("successUrl and cancelUrl: absolute URLs", nameof(request));
    }
}
