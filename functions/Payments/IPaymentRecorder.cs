namespace Congress.Payments;

/// <summary>A payment as received, in euros. <paramref name="Reference"/> identifies it for good
/// (a Stripe PaymentIntent id, a cheque number, a transfer reference).</summary>
public sealed record ReceivedPayment(string RegistrationId, decimal Amount, string Method, string Reference,
    DateTimeOffset ReceivedAt);

/// <summary>
/// What the registration flow does when money moves. Payments calls it from the Stripe webhook;
/// the flow implements it. Both methods can be called more than once and in any order for the same
/// registration (Stripe retries and reorders events): they must be idempotent and must decide from
/// the registration's state, e.g. ignore an expiry for a registration that is already paid or for a
/// session that is no longer the registration's current one.
/// </summary>
public interface IPaymentRecorder
{
    /// <summary>Records a payment once per <see cref="ReceivedPayment.Reference"/>; must be idempotent.</summary>
    Task RecordAsync(ReceivedPayment payment, CancellationToken ct);

    /// <summary>The Checkout Session expired unpaid (the flow may release the hold early).</summary>
    Task CheckoutExpiredAsync(string registrationId, string sessionId, CancellationToken ct);
}
