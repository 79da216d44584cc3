using Congress.Platform.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Health;

public sealed record HealthReport(string Status, string Storage, DateTimeOffset CheckedAt);

public static class HealthApi
{
    public static void MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/health", CheckAsync).WithTags("Health").AllowAnonymous();

    /// <summary>200 when storage answers, 503 otherwise: what a load balancer or the host probes.</summary>
    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> CheckAsync(
        StorageAccount storage, TimeProvider time, ILogger<HealthReport> logger, CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await foreach (var _ in storage.Tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages())
                break;
            return TypedResults.Ok(new HealthReport("Healthy", "ok", time.GetUtcNow()));
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Health check: storage unreachable");
            return TypedResults.Json(new HealthReport("Unhealthy", "unreachable", time.GetUtcNow()), statusCode: 503);
        }
    }
}
