namespace Congress.Platform.Storage;

/// <summary>A photo as staff manage it: the id the DELETE takes and the address that shows it.</summary>
public sealed record PhotoView(string Id, string Url);

/// <summary>The photos of one provider or product: where their blobs live and how the list is kept.</summary>
public sealed record PhotoAlbum(
    string BlobPrefix,
    string UrlPrefix,
    Func<CancellationToken, Task<List<string>?>> ReadAsync,
    Func<Action<List<string>>, CancellationToken, Task> ChangeAsync)
{
    public string BlobName(string photoId) => $"{BlobPrefix}/{photoId}";
    public string Url(string photoId) => $"{UrlPrefix}/{photoId}";

    public static string ProviderUrlPrefix(string providerId) => $"/api/photos/providers/{providerId}";
    public static string EventUrlPrefix(string eventId) => $"/api/photos/events/{eventId}";
    public static string ProductUrlPrefix(string eventId, string productId) => $"/api/photos/events/{eventId}/products/{productId}";

    public static List<string> Parse(string photos) => photos.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
}
