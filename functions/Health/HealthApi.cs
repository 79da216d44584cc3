using Congress.Payments;
using Congress.Platform.Hosting;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Congress.Health;

/// <summary>
/// <see cref="Payments"/>: <c>card</c> (Stripe set up), <c>off</c> (no Stripe secret: cheque and
/// transfer only, by choice) or the reason card payment is half set up, which makes the status
/// <c>Degraded</c> (still 200: the rest of the app works and must stay in the load balancer).
/// </summary>
public sealed record HealthReport(string Status, string Storage, DateTimeOffset CheckedAt, string Payments = "off");

public static class HealthApi
{
    public static IServiceCollection AddHealth(this IServiceCollection services) => services.AddJsonMetadata(HealthJson.Default);

    public static void MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/health", CheckAsync).WithTags("Health").AllowAnonymous();

    /// <summary>200 when storage answers, 503 otherwise: what a load balancer or the host probes.</summary>
    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> CheckAsync(
        StorageAccount storage, IOptions<StripeOptions> stripe, TimeProvider time, ILogger<HealthReport> logger, CancellationToken ct)
    {
        var payments = stripe.Value.Incomplete ?? (stripe.Value.CardReady ? "card" : "off");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await foreach (var _ in storage.Tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages())
                break;
            return TypedResults.Ok(new HealthReport(stripe.Value.Incomplete is null ? "Healthy" : "Degraded", "ok", time.GetUtcNow(),
                payments));
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Health check: storage unreachable");
            return TypedResults.Json(new HealthReport("Unhealthy", "unreachable", time.GetUtcNow(), payments), statusCode: 503);
        }
    }
}
