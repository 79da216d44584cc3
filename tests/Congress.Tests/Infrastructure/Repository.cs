namespace Congress.Tests.Infrastructure;

/// <summary>Paths inside the repository, found from the test binaries' folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot() =>
        Path.GetDirectoryName(Congress.Platform.Hosting.Folders.FindUpward(AppContext.BaseDirectory, "Congress.slnx")
                              ?? throw new InvalidOperationException("Congress.slnx not found above " + AppContext.BaseDirectory))!;
}
