using Congress.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Congress.Payments;

/// <summary>POST /api/payments/stripe/webhook: Stripe calls it, so it is anonymous and answers fast.</summary>
public static class StripeWebhookEndpoint
{
    public const string SignatureHeader = "Stripe-Signature";
    // Checkout events are a few kilobytes; anything far larger is not Stripe.
    private const int MaxPayloadBytes = 1024 * 1024;

    public sealed record WebhookReceipt(string Outcome);

    public static async Task<Results<Ok<WebhookReceipt>, ProblemHttpResult>> HandleAsync(HttpRequest request,
        StripeWebhookProcessor processor, IOptions<StripeOptions> stripe, CancellationToken ct)
    {
        // Without both secrets nothing can be verified nor read back: say so, and Stripe retries later.
        if (!stripe.Value.CardReady)
            return Problem.Create(503, "card-payment-not-configured", "Card payment is not configured.",
                "Le paiement par carte n'est pas configuré.",
                "This deployment does not take card payments now; the notice can be delivered again later.",
                "Ce déploiement ne prend pas de paiement par carte en ce moment ; la notification pourra être renvoyée plus tard.");
        // The signature covers the exact bytes sent: the body is read raw, never bound.
        var payload = await ReadPayloadAsync(request, ct);
        if (payload is null)
            return Problem.Create(413, "payload-too-large", "Payload too large.", "Contenu trop volumineux.",
                $"A webhook payload holds at most {MaxPayloadBytes} bytes.", $"Un webhook contient au plus {MaxPayloadBytes} octets.");
        var result = await processor.HandleAsync(payload, request.Headers[SignatureHeader].ToString(), ct);
        return result.Status switch
        {
            WebhookStatus.Accepted => TypedResults.Ok(new WebhookReceipt(result.Outcome!)),
            WebhookStatus.InProgress => Problem.Conflict(
                "This event is being handled by another delivery; retry later.",
                "Cet événement est en cours de traitement par une autre livraison ; réessayez plus tard."),
            _ => Problem.Validation(FieldError.Invalid(SignatureHeader,
                "Signature absente, invalide ou périmée.", "Missing, invalid or expired signature.")),
        };
    }

    private static async Task<string?> ReadPayloadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxPayloadBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxPayloadBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
