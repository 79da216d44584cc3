using Congress.Events;
using Congress.Platform.Hosting;
using Microsoft.Extensions.Options;

namespace Congress.Catalog;

/// <summary>
/// The seed's example event, "Séminaire Cluster Tourisme en Ville" in Saint-Étienne, loaded when
/// App:LoadDemoEvent is true. Written only if absent, so restarting never changes it.
/// </summary>
public sealed class DemoEvent(EventStore events, DemoCatalog catalog, TimeProvider time, IOptions<AppOptions> options,
    ILogger<DemoEvent> logger) : StartupTask(logger)
{
    public const string Id = "cluster-tourisme-saint-etienne";

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadDemoEvent) return;
        var start = FirstWednesdayAfter(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(120));
        var demo = new EventEntity
        {
            RowKey = Id,
            Title = "Séminaire Cluster Tourisme en Ville",
            Venue = "Cité du design",
            VenueLatitude = 45.4503,
            VenueLongitude = 4.3951,
            City = "Saint-Étienne",
            StartDate = start.ToString("yyyy-MM-dd"),
            EndDate = start.AddDays(2).ToString("yyyy-MM-dd"),
            TimeZone = "Europe/Paris",
            Summary = "Trois jours de rencontres entre acteurs du tourisme urbain à Saint-Étienne, ville UNESCO de design : " +
                      "séminaire, déjeuners à la Cité du design, soirées conviviales et visites de la Biennale.",
            Status = EventStatus.Published,
            CreatedAt = time.GetUtcNow(),
            PresentationHtml = "<p>Vous participez au Séminaire Cluster Tourisme en Ville : c'est avec plaisir que nous vous " +
                               "accueillons à Saint-Étienne, seule ville française UNESCO de design.</p>",
            TermsHtml = "<p>Inscription ferme à réception du paiement. Annulation gratuite jusqu'à 30 jours avant le séminaire ; " +
                        "au-delà, les nuits d'hôtel restent dues.</p>",
            PaymentMethods = "card,cheque,transfer",
            Payee = "Saint-Étienne Congrès Évènements",
            PayeeAddress = "16 avenue de la Libération, 42000 Saint-Étienne",
            Iban = "FR7630006000011234567890189",
            Bic = "AGRIFRPP",
        };
        if (await events.TryAddAsync(demo, cancellationToken))
            logger.LogInformation("Demo event loaded: {Title} from {Start}", demo.Title, demo.StartDate);
        var stored = await events.GetAsync(Id, cancellationToken);
        await catalog.LoadIfEmptyAsync(Id, DateOnly.Parse(stored.StartDate, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
    }

    private static DateOnly FirstWednesdayAfter(DateOnly date)
    {
        while (date.DayOfWeek != DayOfWeek.Wednesday) date = date.AddDays(1);
        return date;
    }
}
