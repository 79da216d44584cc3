using Congress.Platform.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Congress.Staff;

public static class StaffFeature
{
    public static IServiceCollection AddStaff(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BootstrapAdminOptions>(configuration.GetSection(BootstrapAdminOptions.Section));
        services.AddSingleton<StaffAccountStore>();
        services.AddStorageTable(StaffAccountStore.Table).AddStorageTable(SignInGuard.Table);
        services.AddHostedService<BootstrapAdmin>();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure(options => options.Events.OnValidatePrincipal = StaffSession.ValidateAsync);
        return services;
    }
}
