using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Congress.Platform.Problems;
using Congress.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Congress.Tests.Platform;

/// <summary>
/// Every type the API reads or writes has source-generated JSON metadata. Without it the app builds that
/// metadata by reflection for every endpoint when it starts, which was most of a cold start.
/// </summary>
public sealed class JsonMetadataTests
{
    [Fact]
    public async Task EveryRequestAndResponseTypeHasGeneratedMetadata()
    {
        await using var app = await AppFactory.CreateAsync();
        var options = app.Get<IOptions<JsonOptions>>().Value.SerializerOptions;
        var generated = options.TypeInfoResolverChain.OfType<JsonSerializerContext>().ToList();
        var types = app.Get<EndpointDataSource>().Endpoints.SelectMany(e => e.Metadata)
            .SelectMany(m => m switch
            {
                IAcceptsMetadata accepts when accepts.RequestType is { } t => [t],
                IProducesResponseTypeMetadata produces when produces.Type is { } t => [t],
                _ => Array.Empty<Type>(),
            })
            .Where(t => t != typeof(void) && !typeof(Stream).IsAssignableFrom(t) && t != typeof(string) && t != typeof(byte[]))
            .Distinct().ToList();

        var missing = types.Where(t => !generated.Any(c => c.GetTypeInfo(t) is not null))
            .Select(CSharpName).Order().ToList();

        Assert.True(missing.Count == 0, "no [JsonSerializable] in the feature's context for:\n" + string.Join("\n", missing));
        Assert.True(types.Count > 60, "the endpoints declare what they read and write");
        Assert.True(generated.Count >= 5, "each feature registers its own generated metadata");
    }

    private static string CSharpName(Type type) => type.IsGenericType
        ? $"{type.Namespace}.{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(CSharpName))}>"
        : (type.FullName ?? type.Name).Replace('+', '.');

    [Fact]
    public void GeneratedMetadataWritesTheSameJsonAsReflection()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        var withGenerated = new JsonSerializerOptions(web);
        withGenerated.TypeInfoResolverChain.Insert(0, ProblemsJson.Default);
        var problem = new ProblemDocument("about:blank", "Title", 400, "Detail", "Titre", "Détail",
            new Dictionary<string, IReadOnlyList<FieldMessage>> { ["contact.email"] = [new FieldMessage("required", "Obligatoire", "Required")] });

        Assert.IsNotType<DefaultJsonTypeInfoResolver>(withGenerated.TypeInfoResolverChain[0]);
        Assert.Equal(JsonSerializer.Serialize(problem, web), JsonSerializer.Serialize(problem, withGenerated));
    }
}
