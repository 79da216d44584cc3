namespace Congress.Tests.Infrastructure;

/// <summary>
/// One Azurite and one MailDev for the whole test run, on free loopback ports. Test classes share
/// them and stay apart through a unique storage prefix each.
/// </summary>
public static class LocalServices
{
    // Azurite's published development account key: public, not a secret.
    private const string DevAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Lazy<Task<string>> AzuriteConnection = new(StartAzuriteAsync);
    private static readonly Lazy<Task<MailDev>> MailDevServer = new(StartMailDevAsync);

    public static Task<string> StorageConnectionStringAsync() => AzuriteConnection.Value;

    public static Task<MailDev> MailDevAsync() => MailDevServer.Value;

    private static string Bin(string name) => Repository.PathTo("infra", "local", "node_modules", ".bin", name);

    private static async Task<string> StartAzuriteAsync()
    {
        int blob = ChildProcess.FreePort(), queue = ChildProcess.FreePort(), table = ChildProcess.FreePort();
        await ChildProcess.StartAsync(Bin("azurite"),
        [
            "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl",
            "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(),
            "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", table.ToString(),
        ], blob, queue, table);
        return ConnectionString(blob, queue, table);
    }

    public static string ConnectionString(int blob, int queue, int table) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + DevAccountKey +
        $";BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1" +
        $";QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1" +
        $";TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";

    private static async Task<MailDev> StartMailDevAsync()
    {
        int smtp = ChildProcess.FreePort(), web = ChildProcess.FreePort();
        await ChildProcess.StartAsync(Bin("maildev"),
            ["--smtp", smtp.ToString(), "--web", web.ToString(), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1"],
            smtp, web);
        return new MailDev(smtp, new Uri($"http://127.0.0.1:{web}/"));
    }
}
