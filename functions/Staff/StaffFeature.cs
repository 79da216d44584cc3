using Congress.Platform.Hosting;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Congress.Staff;

public static class StaffFeature
{
    public static IServiceCollection AddStaff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddJsonMetadata(StaffJson.Default);
        services.Configure<BootstrapAdminOptions>(configuration.GetSection(BootstrapAdminOptions.Section));
        services.AddSingleton<StaffAccountStore>();
        services.AddStorageTable(StaffAccountStore.Table).AddStorageTable(SignInGuard.Table);
        services.AddStartupTask<BootstrapAdmin>();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure(options => options.Events.OnValidatePrincipal = StaffSession.ValidateAsync);
        return services;
    }
}
