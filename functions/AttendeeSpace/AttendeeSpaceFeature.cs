using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Storage;
using Congress.Registrations;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Congress.AttendeeSpace;

public static class AttendeeSpaceFeature
{
    public static IServiceCollection AddAttendeeSpace(this IServiceCollection services)
    {
        services.AddJsonMetadata(AttendeeSpaceJson.Default);
        services.AddStorageTable(AttendeeAccounts.Table).AddStorageTable(PasswordResets.Table);
        services.AddSingleton<AttendeeAccounts>().AddSingleton<PasswordResets>();
        services.AddSingleton<IAttendeeAccountLinks>(p => p.GetRequiredService<PasswordResets>());
        services.AddOptions<CookieAuthenticationOptions>(AuthSetup.AttendeeScheme)
            .Configure(options => options.Events.OnValidatePrincipal = AttendeeSession.ValidateAsync);
        return services;
    }
}
