namespace Congress.Platform.Storage;

public enum StorageKind { Table, Queue, Container }

/// <summary>One table, queue or blob container that a feature needs; created at start-up.</summary>
public sealed record StorageResource(StorageKind Kind, string Name);

public static class StorageCatalogueExtensions
{
    public static IServiceCollection AddStorageTable(this IServiceCollection services, string name) =>
        services.AddSingleton(new StorageResource(StorageKind.Table, name));

    public static IServiceCollection AddStorageQueue(this IServiceCollection services, string name) =>
        services.AddSingleton(new StorageResource(StorageKind.Queue, name));

    public static IServiceCollection AddStorageContainer(this IServiceCollection services, string name) =>
        services.AddSingleton(new StorageResource(StorageKind.Container, name));
}
