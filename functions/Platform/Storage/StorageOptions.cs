namespace Congress.Platform.Storage;

/// <summary>Settings section "Storage": one connection string for tables, blobs and queues.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>
    /// Prepended to every table, queue and container name. Empty in production; tests use a unique
    /// prefix per test class so that they share one Azurite without seeing each other's data.
    /// </summary>
    public string Prefix { get; set; } = "";
}
