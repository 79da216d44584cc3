namespace Congress.Messaging;

/// <summary>Settings section "Smtp": MailDev locally, Communication Services' SMTP endpoint in Azure.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 1025;
    public bool UseStartTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "no-reply@congres.localhost";
    public string FromName { get; set; } = "Congrès";
}
