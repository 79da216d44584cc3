using Congress.Events;
using Congress.Platform.Hosting;
using Congress.Platform.Storage;

namespace Congress.Catalog;

public static class CatalogFeature
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddJsonMetadata(CatalogJson.Default);
        services.AddStorageTable(CatalogKeys.Table).AddStorageTable(CatalogKeys.ProvidersTable).AddStorageTable(StockKeys.Table)
            .AddStorageContainer(Photos.Container);
        services.AddSingleton<CatalogStore>().AddSingleton<CatalogWriter>().AddSingleton<Inventory>();
        services.AddSingleton<IEventCache>(p => p.GetRequiredService<CatalogStore>());
        services.AddSingleton<EventDuplicator>().AddSingleton<DemoCatalog>().AddStartupTask<DemoEvent>();
        return services;
    }

    public static void MapCatalogApi(this IEndpointRouteBuilder app)
    {
        app.MapFormApi();
        app.MapCatalogAdminApi();
        app.MapEventDuplicationApi();
        app.MapPhotos();
    }
}
