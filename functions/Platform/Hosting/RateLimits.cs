using System.Threading.RateLimiting;
using Congress.Platform.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Congress.Platform.Hosting;

/// <summary>Rate-limit policies for endpoints anyone can call, partitioned by client address.</summary>
public static class RateLimits
{
    public const string Public = "public";
    public const string Login = "login";

    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Public, context => PerClient(context, Options(context).PublicRequestsPerMinute));
            limiter.AddPolicy(Login, context => PerClient(context, Options(context).LoginAttemptsPerMinute));
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Problem.Pipeline(429, "rate-limit", Message.Fr("Trop de demandes.").En("Too many requests."),
                    Message.Fr("Attendez une minute avant de réessayer.").En("Wait a minute before trying again."))
                    .ExecuteAsync(context.HttpContext);
            };
        });

    private static AppOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<AppOptions>>().Value;

    internal static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    /// <summary>
    /// Who is calling. In Azure the Functions host forwards the request and the client is in
    /// X-Forwarded-For; only its last entry, appended by the proxy in front of us, can be trusted
    /// (a client can write any entries before it). Standalone, nobody stands in front: the socket says.
    /// </summary>
    internal static string ClientAddress(HttpContext context)
    {
        var hosted = context.RequestServices.GetRequiredService<AppMode>().Hosted;
        var forwarded = context.Request.Headers["X-Forwarded-For"].ToString();
        if (hosted && !string.IsNullOrEmpty(forwarded)) return forwarded.Split(',')[^1].Trim();
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
