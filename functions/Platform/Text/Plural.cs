namespace Congress.Platform.Text;

/// <summary>
/// A count with its word, in French (0 and 1 take the singular) or English (only 1 does), so that no
/// text a person reads writes "(s)".
/// </summary>
public static class Plural
{
    public static string Fr(long count, string one, string other) => $"{count} {(count is 0 or 1 ? one : other)}";

    public static string En(long count, string one, string other) => $"{count} {(count == 1 ? one : other)}";
}
