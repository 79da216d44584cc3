using Congress.Catalog;
using Congress.Payments;
using Congress.Platform.Hosting;
using Microsoft.Extensions.Options;

namespace Congress.Registrations;

/// <summary>
/// Once stock is held: opens the Stripe Checkout Session for card payments (once, whatever the
/// retries), or confirms at once when nothing is due. Cheque and transfer wait for staff.
/// </summary>
public sealed class PaymentStarter(StripeCheckout checkout, RegistrationStore registrations, RegistrationTokens tokens,
    RegistrationPayments settle, IOptions<AppOptions> app)
{
    public async Task<RegistrationEntity> StartAsync(EventForm form, RegistrationEntity registration, CancellationToken ct)
    {
        if (registration.DepositCents == 0)
            return await settle.ConfirmFreeAsync(registration.Id, ct) ?? registration;
        if (registration.PaymentMethod != PaymentMethods.Card || registration.CheckoutUrl is not null) return registration;

        var site = app.Value.PublicBaseUrl.TrimEnd('/');
        var token = Uri.EscapeDataString(tokens.For(registration.Id));
        var session = await checkout.CreateAsync(new CheckoutRequest(registration.Id, registration.DepositCents / 100m,
            $"{form.Event.Title} — inscription / registration", registration.Email, registration.HoldExpiresAt!.Value,
            $"{site}/register/confirmation.html?registration={registration.Id}&token={token}",
            $"{site}/register/?event={Uri.EscapeDataString(form.EventId)}"), ct);
        return await registrations.UpdateAsync(registration.Id, r =>
        {
            if (r.CheckoutUrl is not null) return false;
            r.CheckoutSessionId = session.Id;
            r.CheckoutUrl = session.Url;
            return true;
        }, new Change(Actors.Attendee, HistoryActions.CheckoutStarted, [new FieldChange("checkout", null, session.Id)]), ct) ?? registration;
    }
}
