using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Messaging;

public static class MessagingFeature
{
    public const string SendFunction = "SendEmail";
    public const string SweepFunction = "OutboxSweep";

    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddJsonMetadata(MessagingJson.Default);
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<EmailOutbox>().AddSingleton<EmailLog>().AddSingleton<SmtpEmailSender>();
        services.AddStorageTable(EmailOutbox.Table).AddStorageTable(EmailOutbox.PendingTable).AddStorageTable(EmailLog.Table);
        services.AddQueueHandler<SendEmailHandler>(SendFunction, EmailOutbox.Queue);
        services.AddTimerJob<OutboxSweepJob>(SweepFunction, OutboxSweepJob.Schedule);
        return services;
    }

    public static void MapMessagingApi(this IEndpointRouteBuilder app)
    {
        var emails = app.MapGroup("/api/emails").WithTags("Emails").RequireAuthorization(Policies.Operations);
        emails.MapGet("/log", ReadLogAsync);
    }

    public sealed record EmailLogLine(string ToAddress, string Subject, string Purpose, string? Reference, string Status,
        DateTimeOffset At, string? Error);

    private static async Task<Results<Ok<List<EmailLogLine>>, BadRequestProblem>> ReadLogAsync(
        string? to, string? reference, EmailLog log, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(to) == string.IsNullOrWhiteSpace(reference))
            return Problem.Validation(FieldError.Invalid("to",
                Message.Fr("Indiquez soit un destinataire (to), soit une référence (reference).")
                .En("Give either a recipient (to) or a reference (reference).")));
        var entries = string.IsNullOrWhiteSpace(to)
            ? await log.ForReferenceAsync(reference!, ct)
            : await log.ForRecipientAsync(to, ct);
        return TypedResults.Ok(entries.Select(e =>
            new EmailLogLine(e.ToAddress, e.Subject, e.Purpose, e.Reference, e.Status, e.At, e.Error)).ToList());
    }
}
