using Congress.Platform.Hosting;
using Congress.Platform.Storage;

namespace Congress.Events;

public static class EventsFeature
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddJsonMetadata(EventsJson.Default);
        services.AddStorageTable(EventsApi.Table);
        services.AddSingleton<EventStore>();
        return services;
    }
}
