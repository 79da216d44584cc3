using Congress.Catalog;
using Congress.Messaging;
using Congress.Platform.Hosting;
using Congress.RoomBlocks;
using Microsoft.Extensions.Options;

namespace Congress.ProviderSpace;

/// <summary>Issues a provider's magic links and emails them to its contact address, French first.</summary>
public sealed class ProviderLinkMail(ProviderLinks links, EmailOutbox outbox, IOptions<AppOptions> app, IOptions<ProviderLinkOptions> options)
    : IProviderAnswerLinks
{
    public const string Purpose = "provider-space-link";

    /// <summary>
    /// <paramref name="messageKey"/> makes sending idempotent: a retried request issues a spare link
    /// that is never mailed, but the provider gets one email.
    /// </summary>
    public async Task<DateTimeOffset> SendAsync(ProviderEntity provider, string messageKey, DateTimeOffset now, CancellationToken ct)
    {
        var lifetime = options.Value.LifetimeFor(ProviderLinkPurposes.Space);
        var token = await links.IssueAsync(provider.RowKey, ProviderLinkPurposes.Space, lifetime, ct);
        var url = $"{app.Value.PublicBaseUrl.TrimEnd('/')}/provider/?link={token}";
        var (fr, en) = Duration(lifetime);
        await outbox.EnqueueAsync(new OutgoingEmail(messageKey, provider.Email, provider.Name,
            "Votre lien vers l'espace prestataires / Your link to the provider space",
            $"Bonjour,\n\nVoici le lien personnel qui ouvre l'espace prestataires de {provider.Name} (valable {fr}, une seule fois) :\n{url}\n\n" +
            "Ne transférez pas ce lien. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n\n" +
            $"Hello,\n\nHere is the personal link that opens the provider space of {provider.Name} (valid for {en}, once):\n{url}\n\n" +
            "Do not forward this link. If you did not ask for it, ignore this message.",
            null, Purpose, provider.RowKey), ct);
        return now + lifetime;
    }

    /// <summary>The link to answer a room block request, mailed once per request and provider.</summary>
    public async Task SendAnswerLinkAsync(ProviderEntity provider, string requestNumber, string eventTitle, DateOnly answerBy,
        CancellationToken ct)
    {
        var lifetime = options.Value.LifetimeFor(ProviderLinkPurposes.RoomBlockAnswer);
        var token = await links.IssueAsync(provider.RowKey, ProviderLinkPurposes.RoomBlockAnswer, lifetime, ct, subject: requestNumber);
        var url = $"{app.Value.PublicBaseUrl.TrimEnd('/')}/provider/?link={token}&purpose={ProviderLinkPurposes.RoomBlockAnswer}";
        await outbox.EnqueueAsync(new OutgoingEmail($"room-block/{requestNumber}/{provider.RowKey}/request", provider.Email, provider.Name,
            $"Demande d'allotement n° {requestNumber} — {eventTitle} / Room block request",
            $"Bonjour,\n\nNous vous demandons vos disponibilités et tarifs pour « {eventTitle} » (demande n° {requestNumber}), " +
            $"à saisir avant le {answerBy:dd/MM/yyyy} dans votre espace :\n{url}\n\nCe lien est personnel : ne le transférez pas.\n\n" +
            $"Hello,\n\nPlease enter your availability and rates for “{eventTitle}” (request no. {requestNumber}) before " +
            $"{answerBy:yyyy-MM-dd} in your space:\n{url}\n\nThis link is personal: do not forward it.",
            null, "room-block-request", requestNumber), ct);
    }

    internal static (string Fr, string En) Duration(TimeSpan lifetime)
    {
        if (lifetime.TotalDays >= 1 && lifetime.Ticks % TimeSpan.TicksPerDay == 0)
        {
            var days = (int)lifetime.TotalDays;
            return days == 1 ? ("1 jour", "1 day") : ($"{days} jours", $"{days} days");
        }
        var hours = Math.Max(1, (int)Math.Round(lifetime.TotalHours));
        return hours == 1 ? ("1 heure", "1 hour") : ($"{hours} heures", $"{hours} hours");
    }
}
