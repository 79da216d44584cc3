namespace Congress.Payments;

/// <summary>Settings section "Stripe"; the keys come from Key Vault in Azure, never from the repository.</summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";

    /// <summary>The secret API key (<c>sk_live_…</c> / <c>sk_test_…</c>).</summary>
    public string SecretKey { get; set; } = "";

    /// <summary>The webhook endpoint's signing secret (<c>whsec_…</c>).</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Empty for Stripe itself; tests point it at the local Stripe API double.</summary>
    public string? ApiBase { get; set; }

    /// <summary>How far a webhook's signed timestamp may be from our clock, either way (replay window).</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a delivery may work on an event before another delivery of the same event may take
    /// it over: the first one is then presumed dead (the app stopped in the middle).
    /// </summary>
    public TimeSpan EventLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Card payment works only with both secrets: the key creates Checkout sessions and reads what was
    /// paid, the webhook secret proves that a payment notice comes from Stripe.
    /// </summary>
    public bool CardReady => !string.IsNullOrWhiteSpace(SecretKey) && !string.IsNullOrWhiteSpace(WebhookSecret);

    /// <summary>
    /// Why card payment is half set up (one secret without the other), for the health report; null
    /// when it is ready or deliberately off (neither secret).
    /// </summary>
    public string? Incomplete => (string.IsNullOrWhiteSpace(SecretKey), string.IsNullOrWhiteSpace(WebhookSecret)) switch
    {
        (false, true) => "Stripe__WebhookSecret is missing: card payment is not offered and webhooks are refused (503)",
        (true, false) => "Stripe__SecretKey is missing: card payment is not offered and webhooks are refused (503)",
        _ => null,
    };
}
