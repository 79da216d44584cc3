using Congress.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Payments;

/// <summary>POST /api/payments/stripe/webhook: Stripe calls it, so it is anonymous and answers fast.</summary>
public static class StripeWebhookEndpoint
{
    public const string SignatureHeader = "Stripe-Signature";
    // Checkout events are a few kilobytes; anything far larger is not Stripe.
    private const int MaxPayloadBytes = 1024 * 1024;

    public sealed record WebhookReceipt(string Outcome);

    public static async Task<Results<Ok<WebhookReceipt>, BadRequestProblem, ConflictProblem, PayloadTooLargeProblem>> HandleAsync(HttpRequest request,
        StripeWebhookProcessor processor, CancellationToken ct)
    {
        // The signature covers the exact bytes sent: the body is read raw, never bound.
        var payload = await ReadPayloadAsync(request, ct);
        if (payload is null)
            return Problem.PayloadTooLarge(Message.Fr($"Un webhook contient au plus {MaxPayloadBytes} octets.")
                .En($"A webhook payload holds at most {MaxPayloadBytes} bytes."));
        var result = await processor.HandleAsync(payload, request.Headers[SignatureHeader].ToString(), ct);
        return result.Status switch
        {
            WebhookStatus.Accepted => TypedResults.Ok(new WebhookReceipt(result.Outcome!)),
            WebhookStatus.InProgress => Problem.Conflict(
                Message.Fr("Cet événement est en cours de traitement par une autre livraison ; réessayez plus tard.")
                .En("This event is being handled by another delivery; retry later.")),
            _ => Problem.Validation(FieldError.Invalid(SignatureHeader,
                Message.Fr("Signature absente, invalide ou périmée.").En("Missing, invalid or expired signature."))),
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
