using Azure.Storage.Blobs.Models;
using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using SkiaSharp;

namespace Congress.Catalog;

public sealed record PhotoCreated(string Id, string Url);

/// <summary>
/// Photos of events, providers (hotels) and products in blob storage: staff upload the image as the request
/// body, anyone can view it. Only real JPEG, PNG or WebP images are kept.
/// </summary>
public static class Photos
{
    public const string Container = "photos";
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerAlbum = 12;
    private static readonly Dictionary<SKEncodedImageFormat, (string Extension, string ContentType)> Formats = new()
    {
        [SKEncodedImageFormat.Jpeg] = ("jpg", "image/jpeg"),
        [SKEncodedImageFormat.Png] = ("png", "image/png"),
        [SKEncodedImageFormat.Webp] = ("webp", "image/webp"),
    };

    public static void MapPhotos(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("Catalog administration").RequireAuthorization(Policies.Operations);
        // After a change the public forms are read again, so the new photos show at once.
        admin.MapPost("/providers/{providerId}/photos", (string providerId, HttpRequest request, StorageAccount storage, CatalogWriter writer,
            CatalogStore catalog, CancellationToken ct) => UploadAsync(writer.ProviderAlbum(providerId), request, storage, catalog.ForgetAll, ct));
        admin.MapDelete("/providers/{providerId}/photos/{photoId}", (string providerId, string photoId, StorageAccount storage,
            CatalogWriter writer, CatalogStore catalog, CancellationToken ct) =>
            DeleteAsync(writer.ProviderAlbum(providerId), photoId, storage, catalog.ForgetAll, ct));
        admin.MapPost("/events/{eventId}/photos", (string eventId, HttpRequest request, StorageAccount storage, CatalogWriter writer,
            CatalogStore catalog, CancellationToken ct) => UploadAsync(writer.EventAlbum(eventId), request, storage, () => catalog.Forget(eventId), ct));
        admin.MapDelete("/events/{eventId}/photos/{photoId}", (string eventId, string photoId, StorageAccount storage,
            CatalogWriter writer, CatalogStore catalog, CancellationToken ct) =>
            DeleteAsync(writer.EventAlbum(eventId), photoId, storage, () => catalog.Forget(eventId), ct));
        admin.MapPost("/events/{eventId}/products/{productId}/photos", (string eventId, string productId, HttpRequest request,
            StorageAccount storage, CatalogWriter writer, CatalogStore catalog, CancellationToken ct) =>
            UploadAsync(writer.ProductAlbum(eventId, productId), request, storage, () => catalog.Forget(eventId), ct));
        admin.MapDelete("/events/{eventId}/products/{productId}/photos/{photoId}", (string eventId, string productId, string photoId,
            StorageAccount storage, CatalogWriter writer, CatalogStore catalog, CancellationToken ct) =>
            DeleteAsync(writer.ProductAlbum(eventId, productId), photoId, storage, () => catalog.Forget(eventId), ct));

        var pub = app.MapGroup("/api/photos").WithTags("Registration form").AllowAnonymous().RequireRateLimiting(RateLimits.Public);
        pub.MapGet("/providers/{providerId}/{photoId}", (string providerId, string photoId, StorageAccount storage, CatalogWriter writer,
            HttpResponse response, CancellationToken ct) => GetAsync(writer.ProviderAlbum(providerId), photoId, storage, response, ct));
        pub.MapGet("/events/{eventId}/{photoId}", (string eventId, string photoId, StorageAccount storage, CatalogWriter writer,
            HttpResponse response, CancellationToken ct) => GetAsync(writer.EventAlbum(eventId), photoId, storage, response, ct));
        pub.MapGet("/events/{eventId}/products/{productId}/{photoId}", (string eventId, string productId, string photoId,
            StorageAccount storage, CatalogWriter writer, HttpResponse response, CancellationToken ct) =>
            GetAsync(writer.ProductAlbum(eventId, productId), photoId, storage, response, ct));
    }

    /// <summary>Keeps the request body as a new photo of the album when it is a real image (shared with the provider space).</summary>
    internal static async Task<Results<Created<PhotoCreated>, BadRequestProblem, NotFoundProblem>> UploadAsync(PhotoAlbum? album, HttpRequest request,
        StorageAccount storage, Action changed, CancellationToken ct)
    {
        if (album is null || await album.ReadAsync(ct) is not { } photos) return Problem.NotFound();
        if (photos.Count >= MaxPerAlbum)
            return Problem.Validation(FieldError.Invalid("photo", Message.Fr($"{MaxPerAlbum} photos au plus.").En($"At most {MaxPerAlbum} photos.")));
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length is 0 or > MaxBytes)
            return Problem.Validation(FieldError.Invalid("photo", Message.Fr("Image de 5 Mo au plus attendue.").En("An image of at most 5 MB is expected.")));
        if (Detect(buffer.ToArray()) is not { } format)
            return Problem.Validation(FieldError.Invalid("photo", Message.Fr("Image JPEG, PNG ou WebP attendue.").En("A JPEG, PNG or WebP image is expected.")));
        var photoId = $"{Guid.NewGuid():N}.{format.Extension}";
        buffer.Position = 0;
        await storage.Container(Container).GetBlobClient(album.BlobName(photoId)).UploadAsync(buffer,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = format.ContentType } }, ct);
        await album.ChangeAsync(list => list.Add(photoId), ct);
        changed();
        return TypedResults.Created(album.Url(photoId), new PhotoCreated(photoId, album.Url(photoId)));
    }

    internal static async Task<Results<NoContent, NotFoundProblem>> DeleteAsync(PhotoAlbum? album, string photoId,
        StorageAccount storage, Action changed, CancellationToken ct)
    {
        if (album is null || await album.ReadAsync(ct) is not { } photos || !photos.Contains(photoId)) return Problem.NotFound();
        await album.ChangeAsync(list => list.Remove(photoId), ct);
        await storage.Container(Container).GetBlobClient(album.BlobName(photoId)).DeleteIfExistsAsync(cancellationToken: ct);
        changed();
        return TypedResults.NoContent();
    }

    private static async Task<Results<ImageFile, NotFoundProblem>> GetAsync(PhotoAlbum? album, string photoId,
        StorageAccount storage, HttpResponse response, CancellationToken ct)
    {
        // Only photos on the album's list are served: no path games with the blob names.
        if (album is null || await album.ReadAsync(ct) is not { } photos || !photos.Contains(photoId)) return Problem.NotFound();
        var blob = storage.Container(Container).GetBlobClient(album.BlobName(photoId));
        if (!await blob.ExistsAsync(ct)) return Problem.NotFound();
        var content = await blob.DownloadContentAsync(ct);
        // Photo ids are never reused: the browser may keep them.
        response.Headers.CacheControl = "public, max-age=604800, immutable";
        return new ImageFile(content.Value.Content.ToArray(), content.Value.Details.ContentType);
    }

    /// <summary>The image's real format, read by decoding its header; null when it is not an image we keep.</summary>
    private static (string Extension, string ContentType)? Detect(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        return codec is not null && Formats.TryGetValue(codec.EncodedFormat, out var format) && codec.Info.Width > 0 ? format : null;
    }
}
