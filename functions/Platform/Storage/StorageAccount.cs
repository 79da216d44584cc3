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

    public StorageAccount(IOptions<StorageOptions> options)
    {
        var settings = options.Value;
        _prefix = settings.Prefix;
        Tables = new TableServiceClient(settings.ConnectionString);
        Blobs = new BlobServiceClient(settings.ConnectionString);
        // Base64 is what the Functions queue trigger expects by default.
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        queueOptions.MessageDecodingFailed += MoveUndecodableToPoisonAsync;
        Queues = new QueueServiceClient(settings.ConnectionString, queueOptions);
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

    public TableServiceClient Tables { get; }
    public BlobServiceClient Blobs { get; }
    public QueueServiceClient Queues { get; }

    public string TableName(string name) => _prefix + name;
    public string QueueName(string name) => (_prefix + name).ToLowerInvariant();
    public string ContainerName(string name) => (_prefix + name).ToLowerInvariant();

    public TableClient Table(string name) => Tables.GetTableClient(TableName(name));
    public QueueClient Queue(string name) => Queues.GetQueueClient(QueueName(name));
    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(ContainerName(name));
}
