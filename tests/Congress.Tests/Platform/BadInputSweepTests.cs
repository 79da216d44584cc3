using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Congress.Platform.Auth;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;

namespace Congress.Tests.Platform;

/// <summary>
/// Bad input on every operation of the app's own OpenAPI document, anonymous and as each staff role,
/// with the demo event loaded so that routes naming it reach the real handlers. Every answer must be a
/// 4xx problem document (a 400 naming a field or parameter), never a 5xx, and nothing may be written.
/// </summary>
public sealed class BadInputSweepTests : IAsyncLifetime
{
    private const string Huge = "huge string";
    private static readonly string HugeText = new('x', 100_000);
    private const string Injection = "' or PartitionKey ne '";

    private AppFactory _app = null!;

    public async Task InitializeAsync() => _app = await AppFactory.CreateAsync(new Dictionary<string, string?>
    {
        ["App:LoadDemoEvent"] = "true",
        ["App:PublicRequestsPerMinute"] = "1000000",
        ["App:LoginAttemptsPerMinute"] = "1000000",
        ["ProviderLinks:RequestsPerAddressPerHour"] = "1000000",
    });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>One request of the sweep; <paramref name="MustFail"/> when no server may accept it.</summary>
    private sealed record Probe(string Kind, string Target, string Path, string? Body, bool MustFail);

    [Fact]
    public async Task BadInputIsA4xxProblemNamingTheFieldAndWritesNothing()
    {
        var anonymous = _app.CreateClient();
        var clients = new List<(string Who, HttpClient Client)> { ("anonymous", anonymous) };
        foreach (var role in new[] { Roles.Admin, Roles.OperationsManager, Roles.Staff, Roles.Finance })
            clients.Add((role, await _app.SignedInClientAsync(role)));
        // The demo event is loaded in the background at start: wait for it before counting rows.
        for (var i = 0; (await anonymous.GetAsync($"/api/events/{DemoBaskets.EventId}/form")).StatusCode != HttpStatusCode.OK; i++)
        {
            Assert.True(i < 100, "The demo event never appeared.");
            await Task.Delay(100);
        }
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/api/openapi.json");
        var baskets = await DemoBaskets.ReadAsync(anonymous);
        var probes = Probes(document, baskets).ToList();

        var failures = new List<string>();
        var before = await StorageSnapshot.TakeAsync(_app);
        foreach (var (who, client) in clients)
        foreach (var probe in probes.Where(p => p.MustFail))
            await SendAsync(client, who, probe, failures);
        var after = await StorageSnapshot.TakeAsync(_app);
        failures.AddRange(StorageSnapshot.Differences(before, after).Select(d => "written: " + d));
        // Values a server may accept (filter-injection text is text): no 5xx, problem documents.
        foreach (var (who, client) in clients)
        foreach (var probe in probes.Where(p => !p.MustFail))
            await SendAsync(client, who, probe, failures);

        Assert.True(failures.Count == 0,
            $"{failures.Count} problems in {probes.Count * clients.Count} requests:\n" + string.Join("\n", failures.Take(300)));
    }

    private static async Task SendAsync(HttpClient client, string who, Probe probe, List<string> failures)
    {
        var (method, path) = SplitMethod(probe.Path);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (probe.Body is not null) request.Content = new StringContent(probe.Body, Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var what = $"{who} {method} {Shorten(path)} [{probe.Kind} in {probe.Target}] → {status}";
        if (status >= 500)
        {
            failures.Add($"5xx: {what}");
            return;
        }
        if (status < 400)
        {
            if (probe.MustFail) failures.Add($"accepted: {what}");
            return;
        }
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"not a problem document ({response.Content.Headers.ContentType?.MediaType ?? "no body"}): {what}");
            return;
        }
        if (status != 400) return;
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!problem.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object
            || !errors.EnumerateObject().Any())
        {
            failures.Add($"400 naming no field: {what}");
            return;
        }
        // A value that no check could let through must be named itself, not a neighbour that the
        // generic body happened to get wrong (that would mean the bad value was never looked at).
        var names = errors.EnumerateObject().Select(e => e.Name).ToList();
        if (probe.MustFail && probe.Target != "body"
            && !names.Any(n => n.Equals(probe.Target, StringComparison.OrdinalIgnoreCase)
                               || n.StartsWith(probe.Target + "[", StringComparison.OrdinalIgnoreCase)
                               || n.StartsWith(probe.Target + ".", StringComparison.OrdinalIgnoreCase)))
            failures.Add($"400 naming {string.Join(", ", names)} instead: {what}");
    }

    private static string Shorten(string path) => path.Length > 120 ? path[..120] + "…" : path;

    private static (string Method, string Path) SplitMethod(string line)
    {
        var space = line.IndexOf(' ');
        return (line[..space], line[(space + 1)..]);
    }

    // ---- probes from the OpenAPI document ----

    private static IEnumerable<Probe> Probes(JsonElement document, DemoBaskets baskets)
    {
        var schemas = document.GetProperty("components").TryGetProperty("schemas", out var s) ? s : default;
        foreach (var pathItem in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in pathItem.Value.EnumerateObject())
        {
            var method = operation.Name.ToUpperInvariant();
            if (method is not ("GET" or "POST" or "PUT" or "PATCH" or "DELETE")) continue;
            var template = pathItem.Name;
            // Signing out would end the session the rest of the sweep uses.
            if (template == "/api/openapi.json" || template.EndsWith("/logout", StringComparison.Ordinal)) continue;
            var parameters = operation.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            var pathParams = parameters.Where(x => x.GetProperty("in").GetString() == "path").ToList();
            var queryParams = parameters.Where(x => x.GetProperty("in").GetString() == "query").ToList();
            var bodySchema = JsonBodySchema(operation.Value);

            var baseBody = bodySchema is null ? null : BaseBody(template, method, bodySchema.Value, schemas, baskets);
            string Url(string? pathName = null, string? pathValue = null, string? queryName = null, string? queryValue = null)
            {
                var url = template;
                foreach (var parameter in pathParams)
                {
                    var name = parameter.GetProperty("name").GetString()!;
                    var value = name == pathName ? pathValue! : SampleId(name);
                    url = url.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
                }
                if (queryName is not null) url += $"?{queryName}={Uri.EscapeDataString(queryValue!)}";
                return $"{method} {url}";
            }
            var body = baseBody?.ToJsonString();

            if (bodySchema is not null)
            {
                yield return new Probe("malformed JSON", "body", Url(), "{ \"sweep\": ", true);
                foreach (var (field, leaf) in Leaves(bodySchema.Value, schemas, "", 0))
                foreach (var (kind, value, mustFail) in BadValues(leaf, schemas))
                {
                    var mutated = (JsonObject)baseBody!.DeepClone();
                    if (!Set(mutated, field, value)) continue;
                    yield return new Probe(kind, field, Url(), mutated.ToJsonString(), mustFail);
                }
            }
            foreach (var parameter in pathParams)
            {
                var name = parameter.GetProperty("name").GetString()!;
                yield return new Probe(Huge, name, Url(name, HugeText), body, true);
                yield return new Probe("injection", name, Url(name, Injection), body, false);
            }
            foreach (var parameter in queryParams)
            {
                var name = parameter.GetProperty("name").GetString()!;
                var schema = Resolve(parameter.GetProperty("schema"), schemas);
                yield return new Probe(Huge, name, Url(queryName: name, queryValue: HugeText), body, true);
                yield return new Probe("injection", name, Url(queryName: name, queryValue: Injection), body, false);
                foreach (var (kind, value) in BadQueryValues(schema, schemas))
                    yield return new Probe(kind, name, Url(queryName: name, queryValue: value), body, true);
            }
        }
    }

    private static JsonElement? JsonBodySchema(JsonElement operation)
    {
        if (!operation.TryGetProperty("requestBody", out var body) || !body.TryGetProperty("content", out var content)) return null;
        return content.TryGetProperty("application/json", out var json) && json.TryGetProperty("schema", out var schema)
            ? schema : null;
    }

    private static string SampleId(string name) => name switch
    {
        "eventId" => DemoBaskets.EventId,
        _ => "sweep-none",
    };

    /// <summary>A body that passes as much validation as a generic guess can, so that each bad value goes deep.</summary>
    private static JsonObject BaseBody(string template, string method, JsonElement schema, JsonElement schemas, DemoBaskets baskets)
    {
        if (method == "POST" && template == "/api/events/{eventId}/registrations")
        {
            var submit = JsonSerializer.SerializeToNode(baskets.Submit("sweep-" + Guid.NewGuid().ToString("N"), "transfer",
                "sweep@example.org"))!.AsObject();
            ((JsonObject)submit["contact"]!)["createAccount"] = true;
            return submit;
        }
        return Sample(schema, schemas, 0) as JsonObject ?? new JsonObject();
    }

    private static JsonNode? Sample(JsonElement schema, JsonElement schemas, int depth)
    {
        schema = Resolve(schema, schemas);
        if (schema.TryGetProperty("enum", out var values))
            return JsonNode.Parse(values.EnumerateArray().First(v => v.ValueKind != JsonValueKind.Null).GetRawText());
        switch (TypeOf(schema))
        {
            case "object":
                var obj = new JsonObject();
                if (depth > 4 || !schema.TryGetProperty("properties", out var properties)) return obj;
                foreach (var property in properties.EnumerateObject())
                    obj[property.Name] = SampleFor(property.Name, property.Value, schemas, depth + 1);
                return obj;
            case "array":
                return depth > 4 || !schema.TryGetProperty("items", out var items)
                    ? new JsonArray() : new JsonArray(Sample(items, schemas, depth + 1));
            case "integer": return 1;
            case "number": return 1;
            case "boolean": return true;
            case "string":
                var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
                return format switch
                {
                    "date" => "2027-04-08",
                    "date-time" => "2027-04-08T10:00:00Z",
                    "email" => "sweep@example.org",
                    _ => "Sweep",
                };
            default: return null;
        }
    }

    private static JsonNode? SampleFor(string name, JsonElement schema, JsonElement schemas, int depth) =>
        name.Contains("email", StringComparison.OrdinalIgnoreCase) && TypeOf(Resolve(schema, schemas)) == "string"
            ? "sweep@example.org"
            : Sample(schema, schemas, depth);

    /// <summary>Every property reachable in the body, as a path ("contact.civility", "lines[0].nights").</summary>
    private static IEnumerable<(string Path, JsonElement Schema)> Leaves(JsonElement schema, JsonElement schemas, string prefix, int depth)
    {
        schema = Resolve(schema, schemas);
        if (depth > 4) yield break;
        var type = TypeOf(schema);
        if (type == "object" && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
                yield return (path, property.Value);
                foreach (var leaf in Leaves(property.Value, schemas, path, depth + 1)) yield return leaf;
            }
        }
        else if (type == "array" && schema.TryGetProperty("items", out var items))
        {
            foreach (var leaf in Leaves(items, schemas, prefix + "[0]", depth + 1)) yield return leaf;
        }
    }

    private static IEnumerable<(string Kind, JsonNode? Value, bool MustFail)> BadValues(JsonElement schema, JsonElement schemas)
    {
        schema = Resolve(schema, schemas);
        var type = TypeOf(schema);
        if (schema.TryGetProperty("enum", out _))
        {
            yield return ("unknown enum value", "NoSuchValueSweep", true);
            yield return ("wrong type", 12345, true);
            yield break;
        }
        switch (type)
        {
            case "string":
                yield return ("wrong type", JsonNode.Parse("{}"), true);
                yield return (Huge, HugeText, true);
                yield return ("injection", Injection, false);
                if (schema.TryGetProperty("format", out var format) && format.GetString() is "date" or "date-time")
                    yield return ("impossible date", "2027-02-30", true);
                break;
            case "integer":
                yield return ("wrong type", "abc", true);
                yield return ("huge number", JsonNode.Parse("99999999999999999999999"), true);
                yield return ("negative number", -5, false);
                break;
            case "number":
                yield return ("wrong type", "abc", true);
                yield return ("huge number", JsonNode.Parse("1e30"), true);
                break;
            case "boolean":
                yield return ("wrong type", "abc", true);
                break;
            case "array":
                yield return ("wrong type", "abc", true);
                yield return ("null in array", new JsonArray((JsonNode?)null), true);
                yield return ("huge array", new JsonArray(Enumerable.Range(0, 5000).Select(i => (JsonNode?)$"s{i}").ToArray()), true);
                break;
            case "object":
                yield return ("wrong type", 12345, true);
                break;
        }
    }

    private static IEnumerable<(string Kind, string Value)> BadQueryValues(JsonElement schema, JsonElement schemas)
    {
        if (schema.TryGetProperty("enum", out _))
        {
            yield return ("unknown enum value", "NoSuchValueSweep");
            yield break;
        }
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        switch (TypeOf(schema))
        {
            case "integer":
                yield return ("wrong type", "abc");
                yield return ("huge number", "2147483648");
                yield return ("negative number", "-5");
                break;
            case "number":
                yield return ("wrong type", "abc");
                yield return ("huge number", "1e400");
                break;
            case "boolean":
                yield return ("wrong type", "abc");
                break;
            case "string" when format is "date" or "date-time":
                yield return ("impossible date", "2027-02-30");
                break;
        }
    }

    private static bool Set(JsonObject root, string path, JsonNode? value)
    {
        JsonNode? node = root;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var indexed = part.EndsWith("[0]", StringComparison.Ordinal);
            var name = indexed ? part[..^3] : part;
            if (node is not JsonObject obj) return false;
            if (i == parts.Length - 1 && !indexed)
            {
                obj[name] = value;
                return true;
            }
            node = obj[name];
            if (indexed)
            {
                if (node is not JsonArray { Count: > 0 } array) return false;
                node = array[0];
            }
        }
        return false;
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        for (var i = 0; i < 10; i++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!.Split('/')[^1];
                schema = schemas.GetProperty(name);
                continue;
            }
            var combined = schema.TryGetProperty("oneOf", out var one) ? one
                : schema.TryGetProperty("anyOf", out var any) ? any
                : schema.TryGetProperty("allOf", out var all) ? all : default;
            if (combined.ValueKind != JsonValueKind.Array) return schema;
            schema = combined.EnumerateArray().FirstOrDefault(x => TypeOf(x) != "null");
            if (schema.ValueKind != JsonValueKind.Object) return default;
        }
        return schema;
    }

    private static string? TypeOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object) return null;
        if (!schema.TryGetProperty("type", out var type))
            return schema.TryGetProperty("properties", out _) ? "object" : null;
        if (type.ValueKind == JsonValueKind.String) return type.GetString();
        var types = type.EnumerateArray().Select(t => t.GetString()).Where(t => t != "null").ToList();
        // Numbers may also be read from strings: ["integer", "string"] is an integer.
        return types.FirstOrDefault(t => t is "integer" or "number") ?? types.FirstOrDefault();
    }
}
