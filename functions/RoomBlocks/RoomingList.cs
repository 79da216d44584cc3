using System.Globalization;
using Congress.Catalog;
using Congress.Platform.Pdf;
using Congress.Platform.Sheets;
using Congress.Platform.Text;
using Congress.Registrations;

namespace Congress.RoomBlocks;

/// <summary>One room of the list: the file, its guests, the stay and the room type.</summary>
public sealed record RoomingEntry(string Number, string Status, string Guests, DateOnly Arrival, DateOnly Departure, string RoomType,
    string Product, int Persons, int Nights);

/// <summary>
/// A provider's rooming list for an event: every room its guests booked in registrations awaiting
/// payment or confirmed, by arrival then name. The same list as XLSX (for the hotel's system) and as
/// PDF (to print).
/// </summary>
public sealed record RoomingList(string EventTitle, string ProviderName, IReadOnlyList<RoomingEntry> Entries, DateTimeOffset MadeAt)
{
    private static readonly string[] Headers =
        ["N° dossier", "État", "Clients", "Arrivée", "Départ", "Type", "Prestation", "Personnes", "Nuits"];

    public static RoomingList Build(EventForm form, string providerId, IEnumerable<RegistrationDigest> digests, DateTimeOffset now)
    {
        var entries = digests
            .Where(d => d.Status is RegistrationStatus.Confirmed or RegistrationStatus.AwaitingPayment)
            .SelectMany(d => d.Lines().Where(l => l.ProviderId == providerId && l.Arrival is not null).Select(l =>
            {
                var product = form.FindProduct(l.ProductId);
                var (arrival, departure) = (DateOnly.Parse(l.Arrival!, CultureInfo.InvariantCulture), DateOnly.Parse(l.Departure!, CultureInfo.InvariantCulture));
                return new RoomingEntry(d.Number ?? d.RowKey, d.Status, string.Join(", ", l.Guests ?? []), arrival, departure,
                    RoomTypes.Labels.GetValueOrDefault(product?.RoomType ?? "", product?.RoomType ?? ""), product?.Label.Fr ?? l.ProductId,
                    l.Persons, departure.DayNumber - arrival.DayNumber);
            }))
            .OrderBy(e => e.Arrival).ThenBy(e => e.Guests, StringComparer.CurrentCulture).ToList();
        var provider = form.Providers.GetValueOrDefault(providerId)?.Name ?? providerId;
        return new RoomingList(form.Event.Title, provider, entries, now);
    }

    private IEnumerable<object?[]> Rows() => Entries.Select(e => new object?[]
    {
        e.Number, e.Status == RegistrationStatus.Confirmed ? "Confirmée" : "En attente de paiement", e.Guests, e.Arrival, e.Departure,
        e.RoomType, e.Product, e.Persons, e.Nights,
    });

    public byte[] ToXlsx()
    {
        var sheet = new Sheet("Rooming list", Headers);
        foreach (var row in Rows()) sheet.Add(row);
        return sheet.ToXlsx();
    }

    public byte[] ToPdf()
    {
        using var pdf = new MemoryStream();
        WritePdf(pdf);
        return pdf.ToArray();
    }

    public void WritePdf(Stream output)
    {
        var columns = new PdfColumn[]
        {
            new("N° dossier", 1.1f), new("État", 1.1f), new("Clients", 3f), new("Arrivée", 1f), new("Départ", 1f), new("Type", 1f),
            new("Prestation", 2.4f), new("Pers.", 0.6f, PdfAlignment.Right), new("Nuits", 0.6f, PdfAlignment.Right),
        };
        new PdfDocumentBuilder(new PdfDocumentInfo($"Rooming list — {ProviderName}", "Congrès", MadeAt), PdfPageSetup.A4Landscape)
            .Heading($"Rooming list — {ProviderName}")
            .Paragraph($"{EventTitle} · {Plural.Fr(Entries.Count, "chambre", "chambres")}, {Plural.Fr(Entries.Sum(e => e.Nights), "nuitée", "nuitées")} · {MadeAt:dd/MM/yyyy HH:mm} UTC")
            .Table(columns, Rows().Select(r => (IReadOnlyList<string>)r.Select(Text).ToList()))
            .Footer($"Rooming list — {ProviderName}")
            .WriteTo(output);
    }

    private static string Text(object? cell) => cell switch
    {
        null => "",
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
