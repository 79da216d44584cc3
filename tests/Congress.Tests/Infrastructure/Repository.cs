namespace Congress.Tests.Infrastructure;

/// <summary>Paths inside the repository, found from the test binaries' folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Congress.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Repository root (Congress.slnx) not found above " + AppContext.BaseDirectory);
    }
}
