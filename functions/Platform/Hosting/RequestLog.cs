using System.Diagnostics;
using Microsoft.AspNetCore.Routing;

namespace Congress.Platform.Hosting;

/// <summary>
/// What the logs may say about a request. Links carry tokens in their path or query
/// (<c>/api/provider/links/{token}</c>, <c>?token=</c>, <c>reset.html?token=</c>) and some queries
/// carry email addresses (<c>/api/emails/log?to=</c>), so nothing that writes the raw URL may log:
/// ASP.NET Core's own request lines, the route matcher's and Kestrel's debug lines, HttpClient's.
/// Our one line per request names the route template instead ("GET /api/provider/links/{token}").
/// </summary>
public static class RequestLog
{
    public const string Category = "Congress.Requests";

    /// <summary>Categories that write raw paths, queries or request lines, and the least level they keep.</summary>
    internal static readonly IReadOnlyDictionary<string, LogLevel> Quiet = new Dictionary<string, LogLevel>
    {
        ["Microsoft.AspNetCore.Hosting.Diagnostics"] = LogLevel.None,
        ["Microsoft.AspNetCore.HttpLogging"] = LogLevel.None,
        ["Microsoft.AspNetCore.W3CLogging"] = LogLevel.None,
        ["Microsoft.AspNetCore.Routing"] = LogLevel.Warning,
        ["Microsoft.AspNetCore.Http"] = LogLevel.Warning,
        ["Microsoft.AspNetCore.StaticFiles"] = LogLevel.Warning,
        ["Microsoft.AspNetCore.Server.Kestrel"] = LogLevel.Warning,
        ["System.Net.Http.HttpClient"] = LogLevel.Warning,
    };

    /// <summary>
    /// Applied after every other logging setting, so that no configuration (appsettings, an
    /// environment variable, a test) can turn those lines back on.
    /// </summary>
    public static ILoggingBuilder KeepUrlsOutOfLogs(this ILoggingBuilder logging)
    {
        logging.Services.PostConfigure<LoggerFilterOptions>(options =>
        {
            // A rule for one provider wins over every rule for all providers: repeat ours for each.
            var providers = options.Rules.Select(rule => rule.ProviderName).Append(null).Distinct().ToList();
            foreach (var rule in options.Rules.Where(rule => rule.CategoryName is { } name
                         && Quiet.Keys.Any(quiet => name.StartsWith(quiet, StringComparison.Ordinal))).ToList())
                options.Rules.Remove(rule);
            foreach (var provider in providers)
            foreach (var (category, level) in Quiet)
                options.Rules.Add(new LoggerFilterRule(provider, category, level, null));
        });
        return logging;
    }

    /// <summary>One line per request: method, route template, status and time; never the path or query.</summary>
    public static void UseRequestLog(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next();
            }
            finally
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
                logger.LogInformation("{Method} {Route} answered {Status} in {Elapsed:0} ms", context.Request.Method,
                    route is null ? "(no route)" : "/" + route.TrimStart('/'), context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }
}
