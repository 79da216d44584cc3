using System.Security.Cryptography;
using Congress.Platform.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace Congress.Platform.Auth;

/// <summary>
/// Loads the data-protection key ring (creating the first key on a new deployment) once storage is
/// prepared, beside the server's start, so that the first sign-in or access token does not pay for it.
/// </summary>
public sealed class KeyRingLoad(IDataProtectionProvider provider, ILogger<KeyRingLoad> logger) : StartupTask(logger)
{
    protected override Task RunAsync(CancellationToken ct)
    {
        try
        {
            provider.CreateProtector(nameof(KeyRingLoad)).Protect([]);
        }
        catch (CryptographicException e)
        {
            // Storage unreachable: the first sign-in tries again; /api/health says what is wrong.
            logger.LogWarning(e, "The key ring could not be loaded at start");
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Drops the framework's own loader, which reads the key ring with blocking storage calls on the
    /// main thread before the server starts. Called last: every AddAuthentication/AddDataProtection adds it again.
    /// </summary>
    public static void InsteadOfTheFrameworkLoader(IServiceCollection services)
    {
        var loaders = services.Where(d => d.ServiceType == typeof(IHostedService)
                                          && d.ImplementationType?.Name == "DataProtectionHostedService").ToList();
        if (loaders.Count == 0) throw new InvalidOperationException("DataProtectionHostedService not found: check KeyRingLoad after a framework update");
        foreach (var loader in loaders) services.Remove(loader);
    }
}
