using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Platform;

/// <summary>
/// The front end's types are generated from a checked-in copy of <c>/api/openapi.json</c>
/// (static-web/src/shared/api/openapi.json). This test keeps that copy equal to what the app serves,
/// so that a server change reaches the front end's type-check instead of an empty cell at run time.
/// </summary>
public sealed class ApiContractTests
{
    private const string UpdateVariable = "UPDATE_API_CONTRACT";
    private static readonly string CheckedIn = Path.Combine(Repository.Root, "static-web", "src", "shared", "api", "openapi.json");

    [Fact]
    public async Task CheckedInOpenApiDocumentIsWhatTheAppServes()
    {
        await using var app = await AppFactory.CreateAsync(); // the class's one other app: nothing to share it with
        var served = Normalise(await app.CreateClient().GetStringAsync("/api/openapi.json"));

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CheckedIn)!);
            await File.WriteAllTextAsync(CheckedIn, served);
            return;
        }

        var checkedIn = File.Exists(CheckedIn) ? (await File.ReadAllTextAsync(CheckedIn)).ReplaceLineEndings("\n") : "";
        Assert.True(served == checkedIn,
            "static-web/src/shared/api/openapi.json is not what the app serves at /api/openapi.json " +
            $"(first difference near line {FirstDifferentLine(served, checkedIn)}). Regenerate it and the front end's types with " +
            "`cd static-web && npm run api:update` (or by hand: `UPDATE_API_CONTRACT=1 dotnet test tests/Congress.Tests -c Release " +
            "--filter FullyQualifiedName~ApiContract`, then `cd static-web && npm run api`), then fix what `npm run build` reports.");
    }

    [Fact]
    public async Task ServedDocumentIsTheSameOnEveryStart()
    {
        // Two starts: two apps of its own.
        string first, second;
        await using (var app = await AppFactory.CreateAsync()) first = Normalise(await app.CreateClient().GetStringAsync("/api/openapi.json"));
        await using (var app = await AppFactory.CreateAsync()) second = Normalise(await app.CreateClient().GetStringAsync("/api/openapi.json"));

        Assert.Equal(first, second);
    }

    /// <summary>
    /// Keys sorted (ordinal) at every level, two-space indentation, LF line ends, non-ASCII kept as is.
    /// <c>servers</c> is dropped: it echoes the host the request came to, not the contract.
    /// </summary>
    internal static string Normalise(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root.Remove("servers");
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return Sorted(root)!.ToJsonString(options).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sorted).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };

    private static int FirstDifferentLine(string a, string b)
    {
        var left = a.Split('\n');
        var right = b.Split('\n');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
            if (left[i] != right[i]) return i + 1;
        return Math.Min(left.Length, right.Length) + 1;
    }
}
