using Stripe;

namespace Congress.Payments;

public sealed record CardRefund(bool Done, string? RefundId, string? Error);

/// <summary>Gives card money back through Stripe, once per request id whatever the retries.</summary>
public sealed class StripeRefunds(StripeApi stripe, ILogger<StripeRefunds> logger)
{
    public async Task<CardRefund> RefundAsync(string paymentIntentId, long amountCents, string requestId, CancellationToken ct)
    {
        try
        {
            var refund = await stripe.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amountCents },
                new RequestOptions { IdempotencyKey = "refund-" + requestId }, ct);
            return new CardRefund(true, refund.Id, null);
        }
        catch (StripeException e) when (e.HttpStatusCode is System.Net.HttpStatusCode.BadRequest or System.Net.HttpStatusCode.NotFound)
        {
            logger.LogWarning("Stripe refused the refund of {PaymentIntent}: {Message}", paymentIntentId, e.StripeError?.Message);
            return new CardRefund(false, null, e.StripeError?.Message ?? e.Message);
        }
    }
}
