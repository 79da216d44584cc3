namespace Congress.Payments;

/// <summary>
/// What the registration flow asks Stripe Checkout for. <paramref name="Amount"/> is in euros;
/// <paramref name="ExpiresAt"/> is when the hold ends. Send the same request again for the same
/// registration (a retry) and the same session comes back.
/// </summary>
public sealed record CheckoutRequest(string RegistrationId, decimal Amount, string Description, string CustomerEmail,
    DateTimeOffset ExpiresAt, string SuccessUrl, string CancelUrl);

/// <summary>The session to send the attendee to, and when Stripe will expire it.</summary>
public sealed record CheckoutSession(string Id, string Url, DateTimeOffset ExpiresAt);
