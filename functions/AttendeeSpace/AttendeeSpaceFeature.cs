using Congress.Platform.Storage;

namespace Congress.AttendeeSpace;

public static class AttendeeSpaceFeature
{
    public static IServiceCollection AddAttendeeSpace(this IServiceCollection services)
    {
        services.AddStorageTable(AttendeeAccounts.Table).AddStorageTable(PasswordResets.Table);
        services.AddSingleton<AttendeeAccounts>().AddSingleton<PasswordResets>();
        return services;
    }
}
