using System.Text.Json;
using Congress.Platform.Storage;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Congress.Messaging;

/// <summary>Sends one outbox row over SMTP with MailKit.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options, StorageAccount storage)
{
    /// <summary>Longest wait for any one SMTP operation (MailKit's default is two minutes).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly SmtpOptions _smtp = options.Value;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var mime = await BuildAsync(message, ct);
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        await client.ConnectAsync(_smtp.Host, _smtp.Port,
            _smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(_smtp.UserName))
            await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? "", ct);
        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(true, ct);
    }

    private async Task<MimeMessage> BuildAsync(OutboxMessage message, CancellationToken ct)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            // A stable Message-Id lets a receiving server drop a copy sent twice after a crash.
            MessageId = $"{message.RowKey}@congress",
            Date = message.RequestedAt,
        };
        mime.From.Add(new MailboxAddress(_smtp.FromName, _smtp.From));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        mime.Headers.Add("X-Congress-Purpose", message.Purpose);

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments)
        {
            var blob = storage.Container(attachment.Container).GetBlobClient(attachment.BlobName);
            var content = await blob.DownloadContentAsync(ct);
            body.Attachments.Add(attachment.FileName, content.Value.Content.ToArray(), ContentType.Parse(attachment.ContentType));
        }
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
