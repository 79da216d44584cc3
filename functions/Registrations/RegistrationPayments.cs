using Congress.Catalog;
using Congress.Payments;
using Congress.Platform.Storage;
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

    public async Task<RegistrationEntity?> RecordAsync(ReceivedPayment payment, string recordedBy, CancellationToken ct)
    {
        var registration = await registrations.FindAsync(payment.RegistrationId, ct);
        if (registration is null)
        {
            logger.LogWarning("Payment {Reference} for unknown registration {Id} ignored", payment.Reference, payment.RegistrationId);
            return null;
        }
        await storage.Table(PaymentRow.Table).TryAddAsync(new PaymentRow
        {
            PartitionKey = registration.Id, RowKey = PaymentRow.KeyFor(payment.Reference),
            AmountCents = RegistrationFlow.Cents(payment.Amount), Method = payment.Method, Reference = payment.Reference,
            ReceivedAt = payment.ReceivedAt, RecordedAt = time.GetUtcNow(), RecordedBy = recordedBy,
        }, ct);
        return await SettleAsync(registration.Id, ct);
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

    private async Task<RegistrationEntity?> SettleAsync(string registrationId, CancellationToken ct)
    {
        var paid = (await PaymentsAsync(registrationId, ct)).Sum(p => p.AmountCents);
        var registration = await registrations.FindAsync(registrationId, ct);
        if (registration is null) return null;
        var covered = paid >= registration.DepositCents;
        var keepsStock = registration.Status == RegistrationStatus.Confirmed;
        if (!keepsStock && covered && registration.Status is RegistrationStatus.AwaitingPayment or RegistrationStatus.Expired)
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
        var updated = await registrations.UpdateAsync(registrationId, r =>
        {
            r.PaidCents = paid;
            if (keepsStock && r.Status != RegistrationStatus.Confirmed)
            {
                r.Status = RegistrationStatus.Confirmed;
                r.ConfirmedAt = now;
                r.RefundDueCents = 0;
                confirmedNow = true;
            }
            else if (!keepsStock && covered)
            {
                r.RefundDueCents = paid;
            }
            return true;
        }, ct);
        if (confirmedNow || updated?.Status == RegistrationStatus.Confirmed && updated.Number is null)
            await queue.SendAsync(FlowMessage.Queue, new FlowMessage(registrationId, FlowMessage.Confirm, now), ct: ct);
        return updated;
    }
}
