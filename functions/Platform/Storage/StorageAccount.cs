using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;

namespace Congress.Platform.Storage;

/// <summary>
/// The table, blob and queue clients of the one storage account, built from one connection string.
/// Features ask for clients by their logical name; the configured prefix is applied here only.
/// </summary>
public sealed class StorageAccount
{
    private readonly string _prefix;
    // Built on first use: building the three clients costs a tenth of a cold start, and the start-up
    // work that first needs them runs beside the server's start (see Hosting.StartupWork).
    private readonly Lazy<TableServiceClient> _tables;
    private readonly Lazy<BlobServiceClient> _blobs;
    private readonly Lazy<QueueServiceClient> _queues;

    public StorageAccount(IOptions<StorageOptions> options)
    {
        var settings = options.Value;
        _prefix = settings.Prefix;
        _tables = new(() => new TableServiceClient(settings.ConnectionString));
        _blobs = new(() => new BlobServiceClient(settings.ConnectionString));
        _queues = new(() =>
        {
            // Base64 is what the Functions queue trigger expects by default.
            var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
            queueOptions.MessageDecodingFailed += MoveUndecodableToPoisonAsync;
            return new QueueServiceClient(settings.ConnectionString, queueOptions);
        });
    }

    /// <summary>
    /// A message that is not base64 would otherwise fail every receive of its batch and block the
    /// queue; like the Functions host, we move it to the poison queue as it was written.
    /// </summary>
    private async Task MoveUndecodableToPoisonAsync(QueueMessageDecodingFailedEventArgs args)
    {
        if (args.ReceivedMessage is not { } message) return;
        var poison = Queues.GetQueueClient(args.Queue.Name + "-poison");
        await poison.CreateIfNotExistsAsync(cancellationToken: args.CancellationToken);
        await poison.SendMessageAsync(message.Body.ToString(), timeToLive: TimeSpan.FromSeconds(-1),
            cancellationToken: args.CancellationToken);
        await args.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, args.CancellationToken);
    }

    public TableServiceClient Tables => _tables.Value;
    public BlobServiceClient Blobs => _blobs.Value;
    public QueueServiceClient Queues => _queues.Value;

    public string TableName(string name) => _prefix + name;
    public string QueueName(string name) => (_prefix + name).ToLowerInvariant();
    public string ContainerName(string name) => (_prefix + name).ToLowerInvariant();

    public TableClient Table(string name) => Tables.GetTableClient(TableName(name));
    public QueueClient Queue(string name) => Queues.GetQueueClient(QueueName(name));
    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(ContainerName(name));
}
