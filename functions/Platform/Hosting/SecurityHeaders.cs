namespace Congress.Platform.Hosting;

/// <summary>Headers every response carries (the Static Web App sets its own for the site in Azure).</summary>
public static class SecurityHeaders
{
    public static void UseSecurityHeaders(this WebApplication app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        if (context.Request.Path.StartsWithSegments("/api")) headers.CacheControl = "no-store";
        await next();
    });
}
