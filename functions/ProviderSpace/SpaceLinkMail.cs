using Congress.Catalog;
using Congress.Messaging;
using Congress.Platform.Hosting;
using Microsoft.Extensions.Options;

namespace Congress.ProviderSpace;

/// <summary>Issues a "space" link for a provider and emails it to the provider's contact address, French first.</summary>
public sealed class SpaceLinkMail(ProviderLinks links, EmailOutbox outbox, IOptions<AppOptions> app, IOptions<ProviderLinkOptions> options)
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
