using System.Globalization;
using Congress.Platform.Pdf;
using Congress.Platform.Text;

namespace Congress.Registrations;

/// <summary>The PDF summary of a confirmed registration, with its QR code for check-in.</summary>
public static class RegistrationDocument
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static byte[] Build(RegistrationView view, DateTimeOffset createdAt)
    {
        var builder = new PdfDocumentBuilder(new PdfDocumentInfo($"Inscription {view.Number}", "Congrès", createdAt))
            .Heading(view.EventTitle)
            .Paragraph($"Récapitulatif d'inscription — dossier n° {view.Number}")
            .KeyValues(("Dossier", view.Number ?? ""), ("Contact", view.ContactName), ("Email", view.Email),
                ("Confirmé le", view.ConfirmedAt?.ToString("dd/MM/yyyy HH:mm", French) ?? ""));
        foreach (var group in view.Groups)
        {
            builder.Heading(group.Title.Fr, 2).Table(
                [new PdfColumn("Prestation", 3), new PdfColumn("Dates", 1.6f), new PdfColumn("Qté", 0.6f, PdfAlignment.Right),
                 new PdfColumn("Prix unitaire", 1.1f, PdfAlignment.Right), new PdfColumn("Total", 1.1f, PdfAlignment.Right)],
                group.Lines.Select(l => (IReadOnlyList<string>)
                [
                    l.Persons.Count > 0 ? $"{l.Label.Fr}\n{string.Join(", ", l.Persons)}" : l.Label.Fr,
                    l.Start == l.End ? $"{l.Start:dd/MM/yyyy}" : $"{l.Start:dd/MM/yyyy} → {l.End:dd/MM/yyyy}",
                    l.Nights is { } n ? $"{l.Quantity} × {Plural.Fr(n, "nuit", "nuits")}" : l.Quantity.ToString(French),
                    Money(l.UnitPrice), Money(l.Total),
                ]));
        }
        builder.KeyValues(("Total HT", Money(view.TotalExcl)), ("TVA", Money(view.Vat)), ("Total TTC", Money(view.Total)),
                ("Payé", Money(view.Paid)), ("Reste dû", Money(view.BalanceDue)))
            .Heading("Votre badge", 2)
            .Paragraph("Présentez ce code à l'accueil.")
            .QrCode($"CONGRESS:{view.RegistrationId}:{view.Number}", 110)
            .Footer($"{view.EventTitle} — dossier n° {view.Number}");
        using var stream = new MemoryStream();
        builder.WriteTo(stream);
        return stream.ToArray();
    }

    public static string Money(decimal amount) => amount.ToString("#,##0.00 €", French);
}
