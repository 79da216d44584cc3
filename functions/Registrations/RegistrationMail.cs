using Congress.Events;
using Congress.Messaging;
using Congress.Platform.Hosting;
using Microsoft.Extensions.Options;

namespace Congress.Registrations;

/// <summary>
/// Builds the flow's emails from the registration as it is now. The outbox forgets an email's
/// bodies once it is sent (they carry the attendee's access link), so the back office's copy and
/// "send again" come from here: a copy sent again gets a fresh link, one shown to staff gets none.
/// </summary>
public sealed class RegistrationMail(RegistrationPayments payments, EventStore events, RegistrationTokens tokens,
    RegistrationSummaries summaries, IOptions<AppOptions> app)
{
    /// <summary>What staff see where the attendee's personal link was.</summary>
    public const string LinkWithheld = "[lien personnel de l'inscrit, non conservé / the attendee's personal link, not kept]";

    public static readonly IReadOnlyList<string> Purposes =
        [RegistrationEmails.ConfirmationPurpose, RegistrationEmails.ReminderPurpose, RegistrationEmails.ExpiredPurpose];

    public async Task<RegistrationView> ViewAsync(RegistrationEntity registration, CancellationToken ct) =>
        RegistrationView.From(registration, await events.GetAsync(registration.EventId, ct),
            await payments.PaymentsAsync(registration.Id, ct), null);

    /// <summary>The attendee's page, with an access token issued now.</summary>
    public string PageUrl(RegistrationEntity registration) =>
        $"{app.Value.PublicBaseUrl.TrimEnd('/')}/register/confirmation.html?registration={registration.Id}" +
        $"&token={Uri.EscapeDataString(tokens.For(registration.Id))}";

    public static EmailAttachment SummaryAttachment(RegistrationView view) =>
        new($"inscription-{view.Number}.pdf", "application/pdf", RegistrationSummaries.Container,
            RegistrationSummaries.BlobName(view.RegistrationId));

    /// <summary>
    /// The email of <paramref name="purpose"/> for the registration as it is now, with a fresh link
    /// (<paramref name="withLink"/>) or <see cref="LinkWithheld"/> in its place; null for a purpose
    /// this feature does not send.
    /// </summary>
    public async Task<OutgoingEmail?> BuildAsync(RegistrationEntity registration, string purpose, bool withLink, CancellationToken ct)
    {
        if (!Purposes.Contains(purpose)) return null;
        var view = await ViewAsync(registration, ct);
        var url = withLink ? PageUrl(registration) : LinkWithheld;
        switch (purpose)
        {
            case RegistrationEmails.ConfirmationPurpose:
                if (view.Number is null) return null;
                if (withLink) await summaries.EnsureAsync(registration, ct);
                return RegistrationEmails.Confirmation(view, url, SummaryAttachment(view));
            case RegistrationEmails.ReminderPurpose:
                return RegistrationEmails.Reminder(view, url);
            default:
                return RegistrationEmails.Expired(view, url);
        }
    }
}
