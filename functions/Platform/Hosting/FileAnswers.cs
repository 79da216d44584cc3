using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Congress.Platform.Hosting;

/// <summary>
/// A file sent as the answer, one type per kind of content: the type declares its status and media
/// type to the endpoint, so /api/openapi.json says what a download returns (a bare file result says nothing).
/// </summary>
public abstract class FileAnswer(byte[] content, string contentType, string? fileName) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.File(content, contentType, fileName).ExecuteAsync(httpContext);

    protected static void Declare(EndpointBuilder builder, params string[] contentTypes) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, null, contentTypes));
}

public sealed class PdfFile(byte[] content, string fileName) : FileAnswer(content, MediaType, fileName), IEndpointMetadataProvider
{
    public const string MediaType = "application/pdf";
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, MediaType);
}

public sealed class XlsxFile(byte[] content, string fileName) : FileAnswer(content, MediaType, fileName), IEndpointMetadataProvider
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, MediaType);
}

public sealed class CsvFile(byte[] content, string fileName) : FileAnswer(content, MediaType, fileName), IEndpointMetadataProvider
{
    public const string MediaType = "text/csv; charset=utf-8";
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, MediaType);
}

public sealed class TextFile(byte[] content, string fileName) : FileAnswer(content, MediaType, fileName), IEndpointMetadataProvider
{
    public const string MediaType = "text/plain; charset=utf-8";
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, MediaType);
}

public sealed class XmlFile(byte[] content, string fileName) : FileAnswer(content, MediaType, fileName), IEndpointMetadataProvider
{
    public const string MediaType = "application/xml";
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, MediaType);
}

/// <summary>A photo as stored (JPEG, PNG or WebP, checked at upload).</summary>
public sealed class ImageFile(byte[] content, string contentType) : FileAnswer(content, contentType, null), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, "image/jpeg", "image/png", "image/webp");
}
