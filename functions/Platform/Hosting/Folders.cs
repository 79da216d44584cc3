namespace Congress.Platform.Hosting;

public static class Folders
{
    /// <summary>The first <paramref name="relativePath"/> found in <paramref name="start"/> or one of its parents.</summary>
    public static string? FindUpward(string start, string relativePath)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
