namespace Congress.Platform.Storage;

/// <summary>What Azure Table storage accepts in a partition or row key.</summary>
public static class TableKeys
{
    /// <summary>Keys hold at most 1 KiB; half of it leaves room for prefixes.</summary>
    public const int MaxLength = 512;

    /// <summary>Azure refuses / \ # ? and control characters in keys (Azurite accepts some of them).</summary>
    public static bool IsSafe(string value) =>
        value.Length <= MaxLength && !value.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
