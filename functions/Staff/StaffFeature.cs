using Congress.Platform.Storage;

namespace Congress.Staff;

public static class StaffFeature
{
    public static IServiceCollection AddStaff(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BootstrapAdminOptions>(configuration.GetSection(BootstrapAdminOptions.Section));
        services.AddSingleton<StaffAccountStore>();
        services.AddStorageTable(StaffAccountStore.Table);
        services.AddHostedService<BootstrapAdmin>();
        return services;
    }
}
