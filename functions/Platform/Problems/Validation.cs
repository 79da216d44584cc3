using Congress.Platform.Storage;

namespace Congress.Platform.Problems;

/// <summary>A request body that can say what is wrong with it.</summary>
public interface IValidatable
{
    IEnumerable<FieldError> Validate();
}

/// <summary>Runs <see cref="IValidatable.Validate"/> on every argument of the endpoint before it runs.</summary>
public sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = context.Arguments.OfType<IValidatable>().SelectMany(a => a.Validate()).ToList();
        if (errors.Count > 0) return Problem.Validation(errors);
        return await next(context);
    }
}

/// <summary>Small checks shared by request validators.</summary>
public static class Check
{
    public static IEnumerable<FieldError> Text(string field, string? value, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) yield return FieldError.Required(field);
            yield break;
        }
        if (value.Length > maxLength) yield return FieldError.TooLong(field, maxLength);
    }

    public static IEnumerable<FieldError> Email(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return FieldError.Required(field);
            yield break;
        }
        if (!IsEmail(value)) yield return FieldError.InvalidEmail(field);
    }

    /// <summary>A value that becomes (part of) a table key: refused if Azure would refuse the key.</summary>
    public static IEnumerable<FieldError> KeySafe(string field, string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value)) yield break;
        if (value.Length > maxLength) yield return FieldError.TooLong(field, maxLength);
        else if (!TableKeys.IsSafe(value))
            yield return FieldError.Invalid(field, Message.Fr("Caractères interdits : / \\ # ? et caractères de contrôle.")
                .En("Forbidden characters: / \\ # ? and control characters."));
    }

    /// <summary>A plausible address that can also serve as a table key (no / \ # ?).</summary>
    public static bool IsEmail(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > 254 || trimmed.Any(char.IsWhiteSpace) || !TableKeys.IsSafe(trimmed)) return false;
        var at = trimmed.IndexOf('@');
        return at > 0 && at == trimmed.LastIndexOf('@') && trimmed.IndexOf('.', at) > at + 1
               && !trimmed.EndsWith('.');
    }
}
