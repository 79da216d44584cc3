using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Congress.Platform.Problems;

/// <summary>
/// The safety net under every request's declared checks: no string longer than Azure Table storage can
/// keep, no list with holes or without end, no amount beyond reason, whatever the endpoint forgot to
/// declare. Errors name the field as the client wrote it ("contact.civility", "providerIds[0]").
/// </summary>
public static class InputLimits
{
    /// <summary>Any string in a body; far below a table property's 64 KiB (32,768 UTF-16 characters).</summary>
    public const int MaxBodyText = 20_000;

    /// <summary>A route or query value; table keys stop at 1 KiB.</summary>
    public const int MaxParameterText = 500;

    /// <summary>Items in any list or dictionary of a body.</summary>
    public const int MaxItems = 1_000;

    /// <summary>Any decimal or floating amount; no price, quantity or percentage comes near it.</summary>
    public const decimal MaxNumber = 1_000_000_000m;

    private const int MaxDepth = 12;
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> Properties = new();

    /// <summary>A route or query parameter.</summary>
    public static IEnumerable<FieldError> Parameter(string name, object? value)
    {
        switch (value)
        {
            case string text when text.Length > MaxParameterText:
                yield return FieldError.TooLong(name, MaxParameterText);
                break;
            case string[] texts:
                for (var i = 0; i < texts.Length; i++)
                    if (texts[i] is { Length: > MaxParameterText })
                        yield return FieldError.TooLong($"{name}[{i}]", MaxParameterText);
                break;
        }
    }

    /// <summary>Everything reachable from a request body.</summary>
    public static List<FieldError> Body(object? body)
    {
        var errors = new List<FieldError>();
        Walk(body, "", errors, 0);
        return errors;
    }

    private static void Walk(object? value, string path, List<FieldError> errors, int depth)
    {
        if (value is null || depth > MaxDepth) return;
        var field = path.Length == 0 ? "body" : path;
        switch (value)
        {
            case string text:
                if (text.Length > MaxBodyText) errors.Add(FieldError.TooLong(field, MaxBodyText));
                return;
            case decimal number:
                if (Math.Abs(number) > MaxNumber) errors.Add(OutOfRange(field));
                return;
            case double or float:
                var real = Convert.ToDouble(value);
                if (!double.IsFinite(real) || Math.Abs(real) > (double)MaxNumber) errors.Add(OutOfRange(field));
                return;
            case JsonElement:
                return;
            case IDictionary dictionary:
                if (dictionary.Count > MaxItems) { errors.Add(TooMany(field)); return; }
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key.ToString() ?? "";
                    if (key.Length > MaxParameterText) { errors.Add(FieldError.TooLong(field, MaxParameterText)); continue; }
                    Walk(entry.Value, $"{path}.{key}".TrimStart('.'), errors, depth + 1);
                }
                return;
            case IEnumerable items:
                var list = items.Cast<object?>().Take(MaxItems + 1).ToList();
                if (list.Count > MaxItems) { errors.Add(TooMany(field)); return; }
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is null) errors.Add(FieldError.Required($"{path}[{i}]"));
                    else Walk(list[i], $"{path}[{i}]", errors, depth + 1);
                }
                return;
        }
        var type = value.GetType();
        // Only the app's own request records are walked (not framework types such as an uploaded file).
        if (type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("Congress", StringComparison.Ordinal) != true) return;
        foreach (var (name, property) in Properties.GetOrAdd(type, Readable))
            Walk(property.GetValue(value), path.Length == 0 ? name : $"{path}.{name}", errors, depth + 1);
    }

    private static (string, PropertyInfo)[] Readable(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.SetMethod is not null && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null
                    && p.Name != "EqualityContract")
        .Select(p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name), p))
        .ToArray();

    private static FieldError TooMany(string field) =>
        FieldError.Invalid(field, Message.Fr($"{MaxItems} éléments au plus.").En($"At most {MaxItems} items."));

    private static FieldError OutOfRange(string field) =>
        FieldError.Invalid(field, Message.Fr("Nombre hors limites.").En("Number out of range."));
}
