using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using SkiaSharp;

namespace Congress.Catalog;

public sealed record PhotoCreated(string Id, string Url);

/// <summary>
/// Photos of providers (hotels first) in blob storage: staff upload the image as the request body,
/// anyone can view it. Only real JPEG, PNG or WebP images are kept.
/// </summary>
public static class ProviderPhotos
{
    public const string Container = "photos";
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerProvider = 12;
    private static readonly Dictionary<SKEncodedImageFormat, (string Extension, string ContentType)> Formats = new()
    {
        [SKEncodedImageFormat.Jpeg] = ("jpg", "image/jpeg"),
        [SKEncodedImageFormat.Png] = ("png", "image/png"),
        [SKEncodedImageFormat.Webp] = ("webp", "image/webp"),
    };

    public static string Url(string providerId, string photoId) => $"/api/photos/providers/{providerId}/{photoId}";

    public static void MapProviderPhotos(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/providers/{providerId}/photos").WithTags("Catalog administration")
            .RequireAuthorization(Policies.Operations);
        admin.MapPost("/", UploadAsync);
        admin.MapDelete("/{photoId}", DeleteAsync);
        app.MapGet("/api/photos/providers/{providerId}/{photoId}", GetAsync).WithTags("Registration form")
            .RequireRateLimiting(RateLimits.Public);
    }

    private static async Task<Results<Created<PhotoCreated>, ProblemHttpResult>> UploadAsync(string providerId, HttpRequest request,
        StorageAccount storage, CatalogWriter writer, CancellationToken ct)
    {
        var provider = await writer.FindProviderAsync(providerId, ct);
        if (provider is null) return Problem.NotFound();
        if (provider.PhotoList.Count >= MaxPerProvider)
            return Problem.Validation(FieldError.Invalid("photo", $"{MaxPerProvider} photos au plus.", $"At most {MaxPerProvider} photos."));
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length is 0 or > MaxBytes)
            return Problem.Validation(FieldError.Invalid("photo", "Image de 5 Mo au plus attendue.", "An image of at most 5 MB is expected."));
        var format = Detect(buffer.ToArray());
        if (format is null)
            return Problem.Validation(FieldError.Invalid("photo", "Image JPEG, PNG ou WebP attendue.", "A JPEG, PNG or WebP image is expected."));
        var photoId = $"{Guid.NewGuid():N}.{format.Value.Extension}";
        buffer.Position = 0;
        await storage.Container(Container).GetBlobClient(BlobName(providerId, photoId))
            .UploadAsync(buffer, new Azure.Storage.Blobs.Models.BlobUploadOptions
            {
                HttpHeaders = new Azure.Storage.Blobs.Models.BlobHttpHeaders { ContentType = format.Value.ContentType },
            }, ct);
        await writer.ChangePhotosAsync(providerId, photos => photos.Add(photoId), ct);
        return TypedResults.Created(Url(providerId, photoId), new PhotoCreated(photoId, Url(providerId, photoId)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string providerId, string photoId,
        StorageAccount storage, CatalogWriter writer, CancellationToken ct)
    {
        var removed = false;
        await writer.ChangePhotosAsync(providerId, photos => removed = photos.Remove(photoId), ct);
        if (!removed) return Problem.NotFound();
        await storage.Container(Container).GetBlobClient(BlobName(providerId, photoId)).DeleteIfExistsAsync(cancellationToken: ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(string providerId, string photoId,
        StorageAccount storage, HttpResponse response, CancellationToken ct)
    {
        if (!Ids.Valid(providerId) || !TableKeys.IsSafe(photoId) || photoId.Contains(".."))
            return Problem.NotFound();
        var blob = storage.Container(Container).GetBlobClient(BlobName(providerId, photoId));
        if (!await blob.ExistsAsync(ct)) return Problem.NotFound();
        var content = await blob.DownloadContentAsync(ct);
        // Photo ids are never reused: the browser may keep them.
        response.Headers.CacheControl = "public, max-age=604800, immutable";
        return TypedResults.File(content.Value.Content.ToArray(), content.Value.Details.ContentType);
    }

    private static string BlobName(string providerId, string photoId) => $"providers/{providerId}/{photoId}";

    /// <summary>The image's real format, read by decoding its header; null when it is not an image we keep.</summary>
    private static (string Extension, string ContentType)? Detect(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        return codec is not null && Formats.TryGetValue(codec.EncodedFormat, out var format) && codec.Info.Width > 0 ? format : null;
    }
}
