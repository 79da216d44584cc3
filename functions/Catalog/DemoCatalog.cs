using Congress.Events;

namespace Congress.Catalog;

/// <summary>
/// The demo event's form, after the seed: registration fee 50 € HT / 60 € TTC, ADAGIO Saint-Étienne
/// Centre *** double room with breakfast 105.75 € a night, lunches at 25 € and 25.20 €, free evenings
/// of which one must be chosen, free visits, one lunch and one visit for board members (code BUREAU),
/// 8 % hotel commission. Written only while the event has no steps, so staff changes stay.
/// </summary>
public sealed class DemoCatalog(CatalogStore store, CatalogWriter writer, Inventory inventory, ILogger<DemoCatalog> logger)
{
    public async Task LoadIfEmptyAsync(string eventId, DateOnly start, CancellationToken ct)
    {
        var form = await store.LoadAsync(eventId, ct);
        if (form is null || form.Steps.Count > 0) return;
        foreach (var (id, provider) in Providers()) await writer.UpsertProviderAsync(id, provider.ToCommand(), ct);
        await writer.ReplaceStepsAsync(eventId, Steps().Select(s => s.ToCommand()).ToList(), ct);
        await writer.UpsertAccessGroupAsync(eventId, "BUREAU", new AccessGroupInput("board", new("Membres du bureau", "Board members")).ToCommand(), ct);
        foreach (var (id, product, stock) in Products(start))
        {
            await writer.UpsertProductAsync(eventId, id, product.ToCommand(), ct);
            foreach (var (slot, capacity) in stock) await inventory.SetCapacityAsync(eventId, id, slot, capacity, ct);
        }
        logger.LogInformation("Demo form loaded for {EventId}", eventId);
    }

    private static IEnumerable<(string, ProviderInput)> Providers() =>
    [
        ("atout-france", new ProviderInput("Atout France pour Cluster Tourisme en Ville", "organiser", 0, [], "", "", "Paris", null, null, null, "", "", "", 0)),
        ("adagio-saint-etienne", new ProviderInput("ADAGIO Saint-Étienne Centre", ProviderKinds.Hotel, 3, ["lift", "airConditioning", "wifi"],
            "5 rue Élise Gervais", "42000", "Saint-Étienne", 45.4397, 4.3872,
            new("Résidence de tourisme à 5 minutes de la place de l'Hôtel de Ville, au cœur historique de Saint-Étienne. Réception 24h/24, wifi gratuit, petit déjeuner.",
                "Aparthotel five minutes from the town hall square, in the historic heart of Saint-Étienne. 24-hour reception, free wifi, breakfast."),
            "15:00", "11:00", "reservations@adagio.example", 8)),
        ("hotel-du-musee", new ProviderInput("Hôtel du Musée", ProviderKinds.Hotel, 2, ["parking", "wifi"],
            "2 place Louis Comte", "42000", "Saint-Étienne", 45.4421, 4.3904,
            new("Petit hôtel familial face au musée, parking privé.", "Small family hotel facing the museum, private parking."),
            "14:00", "11:00", "contact@hoteldumusee.example", 8)),
        ("la-platine", new ProviderInput("Restaurant La Platine", "restaurant", 0, [], "1 rue Javelin Pagnon", "42000", "Saint-Étienne", 45.4503, 4.3951, null, "", "", "", 0)),
        ("ot-saint-etienne", new ProviderInput("Office de Tourisme de Saint-Étienne Métropole", "venue", 0, [], "16 avenue de la Libération", "42000", "Saint-Étienne", 45.4368, 4.3889, null, "", "", "", 0)),
    ];

    private static IReadOnlyList<StepInput> Steps() =>
    [
        new("participants", StepKinds.Participants, new("Participants", "Participants"), new("Les participants sont les congressistes.", "Participants are the attendees."), ChoiceRules.None),
        new("fee", StepKinds.Fee, new("Droits d'inscription", "Registration fee"), new("Le forfait de participation est fixé à 50 € HT soit 60 € TTC par participant.", "The fee is €50 excl. VAT, €60 incl. VAT, per participant."), ChoiceRules.None),
        new("hotels", StepKinds.Accommodation, new("Réservation hôtelière", "Hotel booking"), new("Choisissez votre hébergement parmi nos hôtels partenaires.", "Choose your accommodation among our partner hotels."), ChoiceRules.None),
        new("meals", StepKinds.Catering, new("La restauration", "Meals"), new("Déjeuners à la Cité du design.", "Lunches at the Cité du design."), ChoiceRules.None),
        new("evenings", StepKinds.Evenings, new("Soirées/dîner", "Evenings"), new("Inscrivez-vous à l'une des soirées conviviales.", "Sign up for one of the evenings."), ChoiceRules.ExactlyOne),
        new("visits", StepKinds.Visits, new("Visites", "Visits"), new("Découvrez la Biennale Internationale Design.", "Discover the International Design Biennale."), ChoiceRules.None),
    ];

    private static IEnumerable<(string, ProductInput, Dictionary<string, int>)> Products(DateOnly start)
    {
        var (wed, thu, fri) = (start, start.AddDays(1), start.AddDays(2));
        Dictionary<string, int> Nights(int rooms) => new() { [wed.ToString("yyyy-MM-dd")] = rooms, [thu.ToString("yyyy-MM-dd")] = rooms };
        Dictionary<string, int> Total(int seats) => new() { [StockKeys.Total] = seats };
        ProductInput Item(string step, string fr, string en, string provider, decimal price, decimal vat, DateOnly from, DateOnly to,
            string audience = Audiences.Both, string group = "", bool mandatory = false, string capacity = CapacityModes.Total, int order = 0) =>
            new(step, new(fr, en), null, provider, price, vat, ProductUnits.PerPerson, from, to, audience, group, mandatory, capacity, null, null, null, order);
        ProductInput Room(string fr, string en, string provider, decimal price, string type, string formula, int occupancy, int order) =>
            new("hotels", new(fr, en), null, provider, price, 10m, ProductUnits.PerRoomPerNight, wed, thu, Audiences.Both, "", false,
                CapacityModes.PerNight, type, formula, occupancy, order);
        return
        [
            ("fee", Item("fee", "Droits d'inscription séminaire CTV", "CTV seminar registration fee", "atout-france", 60.00m, 20m, wed, fri,
                Audiences.Attendees, mandatory: true, capacity: CapacityModes.None), []),
            ("adagio-double-b1", Room("Chambre double — chambre et petit déjeuner pour 1 personne", "Double room — room and breakfast for 1",
                "adagio-saint-etienne", 105.75m, "double", "breakfast1", 2, 1), Nights(20)),
            ("adagio-double-b2", Room("Chambre double — chambre et petit déjeuner pour 2 personnes", "Double room — room and breakfast for 2",
                "adagio-saint-etienne", 121.75m, "double", "breakfast2", 2, 2), Nights(15)),
            ("musee-single", Room("Chambre simple — chambre seule", "Single room — room only", "hotel-du-musee", 79.00m, "single", "roomOnly", 1, 3), Nights(10)),
            ("lunch-board-wed", Item("meals", "Déjeuner du bureau - mercredi", "Board lunch - Wednesday", "la-platine", 25.20m, 10m, wed, wed,
                Audiences.Attendees, "board", order: 1), Total(12)),
            ("lunch-thu", Item("meals", "Déjeuner à la Platine - jeudi", "Lunch at La Platine - Thursday", "la-platine", 25.00m, 10m, thu, thu, order: 2), Total(80)),
            ("lunch-fri", Item("meals", "Déjeuner au choix - vendredi (restaurant éphémère)", "Lunch of your choice - Friday (pop-up restaurant)", "la-platine", 25.00m, 10m, fri, fri, order: 3), Total(80)),
            ("evening-ot-wed", Item("evenings", "Soirée à l'office de tourisme - mercredi", "Evening at the tourist office - Wednesday", "ot-saint-etienne", 0m, 0m, wed, wed, order: 1), Total(60)),
            ("evening-mai-thu", Item("evenings", "Soirée au Musée d'Art et d'Industrie - jeudi", "Evening at the Museum of Art and Industry - Thursday", "ot-saint-etienne", 0m, 0m, thu, thu, order: 2), Total(60)),
            ("visit-mam-wed", Item("visits", "Visite MAM - mercredi", "MAM visit - Wednesday", "ot-saint-etienne", 0m, 0m, wed, wed, order: 1), Total(25)),
            ("visit-gyro-wed", Item("visits", "Visite en gyropode - mercredi (membres du bureau)", "Segway tour - Wednesday (board members)", "ot-saint-etienne", 0m, 0m, wed, wed,
                Audiences.Attendees, "board", order: 2), Total(10)),
            ("visit-biennale-thu", Item("visits", "Visite de la Biennale - jeudi", "Biennale tour - Thursday", "ot-saint-etienne", 0m, 0m, thu, thu, order: 3), Total(30)),
        ];
    }
}
