using System.Net;
using Congress.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace Congress.Tests.Platform;

/// <summary>A route is public only where it says so: one mapped without any authorization statement is refused to anonymous callers.</summary>
public sealed class DenyByDefaultTests
{
    [Fact]
    public async Task ARouteThatSaysNothingIsRefusedToAnonymousCallersAndAPublicOneIsNot()
    {
        var port = ChildProcess.FreePort();
        var app = Congress.App.Build(
        [
            $"--Storage:ConnectionString={await LocalServices.StorageConnectionStringAsync()}",
            $"--Storage:Prefix=d{Guid.NewGuid().ToString("N")[..10]}",
            $"--App:ListenUrl=http://127.0.0.1:{port}",
            "--App:LoadDemoEvent=false", "--Triggers:Enabled=false",
        ]);
        app.MapGet("/api/test/unmarked", () => "secret");
        app.MapGet("/api/test/public", () => "hello").AllowAnonymous();
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

            var unmarked = await client.GetAsync("/api/test/unmarked");
            var open = await client.GetAsync("/api/test/public");

            Assert.Equal(HttpStatusCode.Unauthorized, unmarked.StatusCode);
            Assert.DoesNotContain("secret", await unmarked.Content.ReadAsStringAsync());
            Assert.Equal("application/problem+json", unmarked.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
