namespace Congress.Payments;

/// <summary>What one webhook delivery did; answered to Stripe and kept on the event's row.</summary>
public static class WebhookOutcome
{
    public const string Recorded = "recorded";
    public const string Unpaid = "unpaid";
    public const string Expired = "expired";
    /// <summary>A session without our registration id (another integration on the same account).</summary>
    public const string NotOurs = "not-ours";
    public const string WrongCurrency = "wrong-currency";
    /// <summary>An event type the app does not act on.</summary>
    public const string Ignored = "ignored";
    /// <summary>The event was already handled.</summary>
    public const string Duplicate = "duplicate";
}
