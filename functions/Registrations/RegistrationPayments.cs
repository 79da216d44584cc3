using Congress.Catalog;
using Congress.Payments;
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
    QueueSender queue, TimeProvider time, ILogger<RegistrationPayments> logger) : IPaymentRecorder
{
    public async Task RecordAsync(ReceivedPayment payment, CancellationToken ct) =>
        await RecordAsync(payment, "stripe", ct);

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
        return new PaymentRecord(await SettleAsync(registration.Id, ct), Conflict: false);
    }

    public async Task CheckoutExpiredAsync(string registrationId, string sessionId, CancellationToken ct)
    {
        var registration = await registrations.FindAsync(registrationId, ct);
        // An old session, or one already paid: nothing to do. Otherwise the expiry check runs now.
        if (registration is not { Status: RegistrationStatus.AwaitingPayment } || registration.CheckoutSessionId != sessionId) return;
        await queue.SendAsync(FlowMessage.Queue, new FlowMessage(registrationId, FlowMessage.ExpireHold, time.GetUtcNow()), ct: ct);
    }

    /// <summary>Nothing to pay: the hold becomes a sale at once.</summary>
    public Task<RegistrationEntity?> ConfirmFreeAsync(string registrationId, CancellationToken ct) => SettleAsync(registrationId, ct);

    public async Task<List<PaymentRow>> PaymentsAsync(string registrationId, CancellationToken ct) =>
        await storage.Table(PaymentRow.Table).QueryPartitionAsync<PaymentRow>(registrationId, ct).ToListAsync(ct);

    /// <summary>Money to give back: what exceeds the total of a confirmed registration, all of it otherwise once closed.</summary>
    public static long RefundDue(string status, long paid, long total) => status switch
    {
        RegistrationStatus.Confirmed => Math.Max(0, paid - total),
        RegistrationStatus.Expired or RegistrationStatus.Cancelled => paid,
        _ => 0,
    };

    private async Task<RegistrationEntity?> SettleAsync(string registrationId, CancellationToken ct)
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
        RegistrationEntity? updated;
        // Payments recorded at the same time each re-read the sum until it no longer moves.
        for (;;)
        {
            var sum = paid;
            updated = await registrations.UpdateAsync(registrationId, r =>
            {
                r.PaidCents = sum;
                if (keepsStock && r.Status != RegistrationStatus.Confirmed)
                {
                    r.Status = RegistrationStatus.Confirmed;
                    r.ConfirmedAt = now;
                    confirmedNow = true;
                }
                r.RefundDueCents = RefundDue(r.Status, sum, r.TotalCents);
                return true;
            }, ct);
            paid = (await PaymentsAsync(registrationId, ct)).Sum(p => p.AmountCents);
            if (paid == sum) break;
        }
        if (confirmedNow || updated is { Status: RegistrationStatus.Confirmed, ConfirmationDoneAt: null })
            await queue.SendAsync(FlowMessage.Queue, new FlowMessage(registrationId, FlowMessage.Confirm, now), ct: ct);
        return updated;
    }
}

public sealed record PaymentRecord(RegistrationEntity? Registration, bool Conflict);
