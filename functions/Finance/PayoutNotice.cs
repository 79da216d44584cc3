using System.Globalization;
using System.Net;
using System.Text;
using Congress.Messaging;
using Congress.Platform.Hosting;
using Congress.Platform.Text;
using Microsoft.Extensions.Options;

namespace Congress.Finance;

/// <summary>Tells finance that a payout file is in the outbox: totals, payments, what could not be paid, and the links.</summary>
public sealed class PayoutNotice(EmailOutbox outbox, IOptions<FinanceOptions> options, IOptions<AppOptions> app)
{
    public async Task SendAsync(PayoutBatchRow batch, IReadOnlyList<PayoutPaymentRow> payments, IReadOnlyList<PlannedPayment> blocked,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Value.NotifyEmail)) return;
        var site = app.Value.PublicBaseUrl.TrimEnd('/');
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        var text = new StringBuilder()
            .AppendLine($"Le lot de virements {batch.Id} est prêt : {Plural.Fr(payments.Count, "virement", "virements")}, {(batch.TotalCents / 100m).ToString("N2", fr)} €.")
            .AppendLine($"Date d'exécution demandée : {batch.ExecutionDate}.")
            .AppendLine($"Fichier SEPA : {site}/api/admin/finance/payouts/{batch.Id}/file")
            .AppendLine($"Détail : {site}/admin/#/finance/payouts/{batch.Id}")
            .AppendLine();
        foreach (var p in payments)
            text.AppendLine($"- {p.ProviderName} ({p.EventTitle}) : {(p.AmountCents / 100m).ToString("N2", fr)} €, {Plural.Fr(p.Registrations, "dossier", "dossiers")}");
        if (blocked.Count > 0)
        {
            text.AppendLine().AppendLine("Non payés par virement / Not paid by transfer:");
            foreach (var p in blocked)
                text.AppendLine($"- {p.ProviderName} ({p.EventTitle}) : {(p.AmountCents / 100m).ToString("N2", fr)} € — {p.Blocked}");
        }
        var body = text.ToString();
        await outbox.EnqueueAsync(new OutgoingEmail($"payout/{batch.Id}/released", options.Value.NotifyEmail.Trim(), null,
            $"Virements fournisseurs {batch.Id} : {Plural.Fr(payments.Count, "virement", "virements")} / Provider payouts", body,
            $"<pre style=\"font-family:inherit;white-space:pre-wrap\">{WebUtility.HtmlEncode(body)}</pre>", "payout", batch.Id), ct);
    }

    public async Task SendCancelledAsync(PayoutBatchRow batch, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Value.NotifyEmail) || batch.FileName is null) return;
        var body = $"Le lot de virements {batch.Id} a été annulé par {batch.CancelledBy} : ne transmettez pas son fichier {batch.FileName} " +
            $"à la banque ; ses lignes seront reprises dans un prochain lot.\n\nPayout batch {batch.Id} was cancelled: do not send its file to the bank.";
        await outbox.EnqueueAsync(new OutgoingEmail($"payout/{batch.Id}/cancelled", options.Value.NotifyEmail.Trim(), null,
            $"Lot {batch.Id} annulé / Payout batch cancelled", body,
            $"<pre style=\"font-family:inherit;white-space:pre-wrap\">{WebUtility.HtmlEncode(body)}</pre>", "payout", batch.Id), ct);
    }
}
