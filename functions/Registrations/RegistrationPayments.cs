using Congress.Catalog;
using Congress.Payments;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Congress.Platform.Text;
using Congress.Platform.Triggers;

namespace Congress.Registrations;

/// <summary>
/// What happens when money arrives: the payment is recorded once per reference, then, when the
/// deposit is covered, the held stock becomes sold and the registration is confirmed. A payment
/// that comes after the hold expired buys the stock again if it is still there; otherwise it is
/// kept on record and flagged for refund, and nothing is oversold.
/// </summary>
public sealed class RegistrationPayments(StorageAccount storage, RegistrationStore registrations, Inventory inventory,
    StripeRefunds stripeRefunds, QueueSender queue, TimeProvider time, ILogger<RegistrationPayments> logger) : IPaymentRecorder
{
    public async Task RecordAsync(ReceivedPayment payment, CancellationToken ct) =>
        await RecordAsync(payment, Actors.Stripe, ct);

    /// <summary>
    /// Records the payment once per reference and settles the registration. Null when the
    /// registration is unknown; <see cref="PaymentRecord.Conflict"/> when the reference was already
    /// used for another amount (a typo, or two cheques with one number).
    /// </summary>
    public async Task<PaymentRecord?> RecordAsync(ReceivedPayment payment, string recordedBy, CancellationToken ct)
    {
        var registration = await registrations.FindAsync(payment.RegistrationId, ct);
        if (registration is null)
        {
            logger.LogWarning("Payment {Reference} for unknown registration {Id} ignored", payment.Reference, payment.RegistrationId);
            return null;
        }
        var row = new PaymentRow
        {
            PartitionKey = registration.Id, RowKey = PaymentRow.KeyFor(payment.Reference),
            AmountCents = Money.ToCents(payment.Amount), Method = payment.Method, Reference = payment.Reference,
            ReceivedAt = payment.ReceivedAt, RecordedAt = time.GetUtcNow(), RecordedBy = recordedBy,
        };
        var table = storage.Table(PaymentRow.Table);
        if (!await table.TryAddAsync(row, ct))
        {
            var stored = (await table.GetEntityAsync<PaymentRow>(row.PartitionKey, row.RowKey, cancellationToken: ct)).Value;
            if (stored.AmountCents != row.AmountCents) return new PaymentRecord(registration, Conflict: true);
        }
        return new PaymentRecord(await SettleAsync(registration.Id, new Change(recordedBy, HistoryActions.PaymentRecorded,
            [new FieldChange("payment", null, $"{Described(payment.Method, payment.Reference)} : {Amount(row.AmountCents)}")]), ct),
            Conflict: false);
    }

    /// <summary>
    /// Gives money back: a card payment through Stripe (never more than what is left of it), or a
    /// cheque or transfer sent by the office, recorded as a negative payment. The client's request id
    /// makes a retried request refund once.
    /// </summary>
    public async Task<RefundResult> RefundAsync(RefundRequest request, CancellationToken ct)
    {
        if (await registrations.FindAsync(request.RegistrationId, ct) is not { } registration) return RefundResult.NotFound;
        var table = storage.Table(PaymentRow.Table);
        var key = PaymentRow.RefundKeyFor(request.RequestId);
        if ((await table.GetEntityIfExistsAsync<PaymentRow>(registration.Id, key, cancellationToken: ct)).HasValue)
            return new RefundResult(RefundOutcome.Done, registration, null);
        var payments = await PaymentsAsync(registration.Id, ct);
        var cents = Money.ToCents(request.Amount);
        var net = payments.Sum(p => p.AmountCents);
        var row = new PaymentRow
        {
            PartitionKey = registration.Id, RowKey = key, AmountCents = -cents, Method = "refund-" + request.Way.Method,
            ReceivedAt = time.GetUtcNow(), RecordedAt = time.GetUtcNow(), RecordedBy = request.By,
        };
        if (request.Way is RefundToCard card)
        {
            var paid = payments.FirstOrDefault(p => p.RowKey == card.PaymentId && p.Method == PaymentMethods.Card);
            if (paid is null)
                return RefundResult.Invalid("paymentId", "Choisissez un paiement par carte de ce dossier.", "Choose a card payment of this file.");
            if (!paid.Reference.StartsWith("pi_", StringComparison.Ordinal))
                return RefundResult.Invalid("paymentId", "Ce paiement ne peut pas être remboursé par Stripe : enregistrez un remboursement manuel.",
                    "This payment cannot be refunded through Stripe: record a manual refund.");
            // Never more than what is left of this payment, nor than what was received in all.
            var left = Math.Min(Refundable(paid, payments), net);
            if (cents > left)
                return RefundResult.Invalid("amount", $"{Amount(left)} au plus pour ce paiement.", $"At most {Amount(left)} for this payment.");
            var refund = await stripeRefunds.RefundAsync(paid.Reference, cents, request.RequestId, ct);
            if (!refund.Done)
                return new RefundResult(RefundOutcome.Refused, registration, FieldError.Invalid("amount",
                    Message.Fr($"Stripe a refusé le remboursement : {refund.Error}").En($"Stripe refused the refund: {refund.Error}")));
            row.Reference = refund.RefundId!;
            row.RefundOf = paid.RowKey;
        }
        else if (request.Way is ManualRefund manual)
        {
            if (cents > net)
                return RefundResult.Invalid("amount", $"{Amount(net)} au plus (montant reçu).", $"At most {Amount(net)} (amount received).");
            row.Reference = manual.Reference;
        }
        await table.TryAddAsync(row, ct);
        // Two refunds checked at the same moment could together give back more than was received:
        // the one that finds it so afterwards takes its row back (a card refund is already made and
        // Stripe never refunds more than the charge, so it stays on record).
        if ((await PaymentsAsync(registration.Id, ct)).Sum(p => p.AmountCents) < 0 && request.Way is ManualRefund)
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: ct);
            return new RefundResult(RefundOutcome.Conflict, registration, null);
        }
        var settled = await SettleAsync(registration.Id, new Change(request.By, HistoryActions.RefundRecorded,
            [new FieldChange("refund", null, $"{Described(row.Method, row.Reference)} : {Amount(cents)}")]), ct);
        return new RefundResult(RefundOutcome.Done, settled, null);
    }

    /// <summary>What is left to refund of a card payment.</summary>
    public static long Refundable(PaymentRow payment, IEnumerable<PaymentRow> all) =>
        payment.IsRefund ? 0 : payment.AmountCents + all.Where(p => p.RefundOf == payment.RowKey).Sum(p => p.AmountCents);

    /// <summary>"transfer VIR 42": manual references are stored as "transfer:VIR 42", card ones as Stripe's id.</summary>
    private static string Described(string method, string reference) =>
        $"{method} {(reference.StartsWith(method + ":", StringComparison.Ordinal) ? reference[(method.Length + 1)..] : reference)}";

    private static string Amount(long cents) => (cents / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " €";

    public async Task CheckoutExpiredAsync(string registrationId, string sessionId, CancellationToken ct)
    {
        var registration = await registrations.FindAsync(registrationId, ct);
        // An old session, or one already paid: nothing to do. Otherwise the expiry check runs now.
        if (registration is not { Status: RegistrationStatus.AwaitingPayment } || registration.CheckoutSessionId != sessionId) return;
        await queue.SendAsync(FlowMessage.Queue, new FlowMessage(registrationId, FlowMessage.ExpireHold, time.GetUtcNow()), ct: ct);
    }

    /// <summary>Nothing to pay: the hold becomes a sale at once.</summary>
    public Task<RegistrationEntity?> ConfirmFreeAsync(string registrationId, CancellationToken ct) =>
        SettleAsync(registrationId, new Change(Actors.System, HistoryActions.Confirmed), ct);

    public async Task<List<PaymentRow>> PaymentsAsync(string registrationId, CancellationToken ct) =>
        await storage.Table(PaymentRow.Table).QueryPartitionAsync<PaymentRow>(registrationId, ct).ToListAsync(ct);

    /// <summary>Money to give back: what exceeds the total of a confirmed registration, all of it otherwise once closed.</summary>
    public static long RefundDue(string status, long paid, long total) => status switch
    {
        RegistrationStatus.Confirmed => Math.Max(0, paid - total),
        RegistrationStatus.Expired or RegistrationStatus.Cancelled => paid,
        _ => 0,
    };

    /// <summary>Brings the registration in line with the money received (after a payment, a refund or a change of its total).</summary>
    public async Task<RegistrationEntity?> SettleAsync(string registrationId, Change why, CancellationToken ct)
    {
        var registration = await registrations.FindAsync(registrationId, ct);
        if (registration is null) return null;
        var paid = (await PaymentsAsync(registrationId, ct)).Sum(p => p.AmountCents);
        var keepsStock = registration.Status == RegistrationStatus.Confirmed;
        if (!keepsStock && paid >= registration.DepositCents
            && registration.Status is RegistrationStatus.AwaitingPayment or RegistrationStatus.Expired)
        {
            var stock = await inventory.ConfirmAsync(registration.EventId, registration.Id, ct);
            if (stock.Outcome == StockOutcome.NothingHeld)
                stock = await inventory.SellAsync(registration.EventId, registration.Id, StockNeed.Parse(registration.StockNeeds), ct);
            keepsStock = stock.Outcome is StockOutcome.Done or StockOutcome.AlreadyDone;
            if (!keepsStock)
                logger.LogWarning("Registration {Id} paid after its stock was resold: flagged for refund", registration.Id);
        }
        var now = time.GetUtcNow();
        var confirmedNow = false;
        // Payments recorded at the same time each re-read the sum until it no longer moves.
        var updated = await OptimisticRetry.RunAsync(async _ =>
        {
            var sum = paid;
            var written = await registrations.UpdateAsync(registrationId, r =>
            {
                var (status, refundDue, paidBefore) = (r.Status, r.RefundDueCents, r.PaidCents);
                r.PaidCents = sum;
                // A cancellation made meanwhile stands (the lifecycle refuses to confirm it): the money becomes refund due.
                if (keepsStock && r.Confirm(now) == StatusMove.Done) confirmedNow = true;
                r.RefundDueCents = RefundDue(r.Status, sum, r.TotalCents);
                return r.Status != status || r.RefundDueCents != refundDue || paidBefore != sum;
            }, why, ct);
            paid = (await PaymentsAsync(registrationId, ct)).Sum(p => p.AmountCents);
            return paid == sum ? written : throw new WrittenMeanwhileException();
        }, ct);
        // Stock bought back by a late payment while staff cancelled: given back again.
        if (keepsStock && updated?.Status == RegistrationStatus.Cancelled)
            await inventory.ReturnAsync(updated.EventId, updated.Id, ct);
        if (confirmedNow || updated is { Status: RegistrationStatus.Confirmed, ConfirmationDoneAt: null })
            await queue.SendAsync(FlowMessage.Queue, new FlowMessage(registrationId, FlowMessage.Confirm, now), ct: ct);
        return updated;
    }
}

public sealed record PaymentRecord(RegistrationEntity? Registration, bool Conflict);

public sealed record RefundRequest(string RegistrationId, string RequestId, decimal Amount, RefundWay Way, string By);

/// <summary>How money goes back: through Stripe against one card payment of the file, or by a cheque or transfer the office sends.</summary>
public abstract record RefundWay(string Method);

/// <summary><see cref="PaymentId"/>: the row key of the card payment refunded.</summary>
public sealed record RefundToCard(string PaymentId) : RefundWay(PaymentMethods.Card);

public sealed record ManualRefund(string Method, string Reference) : RefundWay(Method);

public enum RefundOutcome { Done, NotFound, Invalid, Refused, Conflict }

public sealed record RefundResult(RefundOutcome Outcome, RegistrationEntity? Registration, FieldError? Error)
{
    public static readonly RefundResult NotFound = new(RefundOutcome.NotFound, null, null);

    public static RefundResult Invalid(string field, string fr, string en) => new(RefundOutcome.Invalid, null, FieldError.Invalid(field, Message.Fr(fr).En(en)));
}
