using System.Net;
using Congress.Messaging;

namespace Congress.Registrations;

/// <summary>The emails of the flow, each with a key that makes it go out once per registration.</summary>
public static class RegistrationEmails
{
    public const string ConfirmationPurpose = "confirmation";
    public const string ReminderPurpose = "payment-reminder";
    public const string ExpiredPurpose = "registration-expired";

    public static OutgoingEmail Confirmation(RegistrationView view, string pageUrl, EmailAttachment pdf) => Email(view, ConfirmationPurpose,
        $"Inscription confirmée — {view.EventTitle} — dossier n° {view.Number}",
        $"Votre inscription au « {view.EventTitle} » est confirmée : dossier n° {view.Number}, total {RegistrationDocument.Money(view.Total)}. " +
        "Le récapitulatif et votre badge (code QR) sont joints.",
        $"Your registration is confirmed: file {view.Number}. The summary and your badge (QR code) are attached.", pageUrl, [pdf]);

    public static OutgoingEmail Reminder(RegistrationView view, string pageUrl) => Email(view, ReminderPurpose,
        $"Rappel : paiement attendu — {view.EventTitle}",
        $"Nous n'avons pas encore reçu votre paiement de {RegistrationDocument.Money(view.Deposit)} ({Method(view)}). " +
        $"Sans paiement avant le {view.Payment.DueBy:dd/MM/yyyy}, votre réservation sera annulée. {HowToPay(view)}",
        $"We have not received your payment yet. Without payment by {view.Payment.DueBy:yyyy-MM-dd} your booking will be cancelled.", pageUrl, []);

    /// <summary>Where the money goes: the payee and, for a transfer, the bank details; always the reference.</summary>
    private static string HowToPay(RegistrationView view)
    {
        var p = view.Payment;
        var where = p.Method == "transfer"
            ? $"Virement à l'ordre de {p.Payee}, IBAN {p.Iban}" + (string.IsNullOrEmpty(p.Bic) ? "" : $", BIC {p.Bic}")
            : $"Chèque à l'ordre de {p.Payee}, à envoyer à : {p.PayeeAddress}";
        return $"{where}. Référence à indiquer : {p.Reference}.";
    }

    public static OutgoingEmail Expired(RegistrationView view, string pageUrl) => Email(view, ExpiredPurpose,
        $"Réservation annulée faute de paiement — {view.EventTitle}",
        "Le délai de paiement est dépassé : votre réservation est annulée et les places sont remises en vente.",
        "The payment deadline has passed: your booking is cancelled and the places are back on sale.", pageUrl, []);

    private static string Method(RegistrationView view) => view.Payment.Method == "cheque" ? "chèque" : "virement";

    private static OutgoingEmail Email(RegistrationView view, string purpose, string subject, string fr, string en, string pageUrl,
        IReadOnlyList<EmailAttachment> attachments)
    {
        var greeting = $"Bonjour {view.ContactName},";
        var text = $"{greeting}\n\n{fr}\n\nVotre dossier : {pageUrl}\n\n{en}\n";
        var html = $"<p>{WebUtility.HtmlEncode(greeting)}</p><p>{WebUtility.HtmlEncode(fr)}</p>" +
                   $"<p><a href=\"{WebUtility.HtmlEncode(pageUrl)}\">Votre dossier / Your registration</a></p>" +
                   $"<p lang=\"en\">{WebUtility.HtmlEncode(en)}</p>";
        return new OutgoingEmail($"registration/{view.RegistrationId}/{purpose}", view.Email, view.ContactName, subject, text, html,
            purpose, view.RegistrationId, attachments);
    }
}
