using System.Text.Json.Serialization;

namespace Congress.Platform.Hosting;

/// <summary>
/// Each feature hands the API its source-generated JSON metadata (a <see cref="JsonSerializerContext"/>
/// listing the types its endpoints read and write). Without it, every endpoint's types are inspected by
/// reflection when the app starts, which was most of a cold start; the reflection resolver stays behind
/// them for anything else. <c>JsonMetadataTests</c> fails when an endpoint's type is not listed.
/// </summary>
public static class JsonMetadata
{
    public static IServiceCollection AddJsonMetadata(this IServiceCollection services, JsonSerializerContext generated) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, generated));
}
