namespace Congress.Payments;

/// <summary>How an attendee pays; the strings are those of the registration API.</summary>
public static class PaymentMethods
{
    public const string Card = "card";
    public const string Cheque = "cheque";
    public const string Transfer = "transfer";

    public static IReadOnlyList<string> All { get; } = [Card, Cheque, Transfer];

    /// <summary>The event's methods that can work here: card only when Stripe's key and webhook secret are both set.</summary>
    public static IReadOnlyList<string> Offered(IEnumerable<string> eventMethods, StripeOptions stripe) =>
        eventMethods.Where(m => All.Contains(m) && (m != Card || stripe.CardReady)).ToList();

    /// <summary>What staff may offer in an event's settings here.</summary>
    public static IReadOnlyList<string> Available(StripeOptions stripe) => Offered(All, stripe);
}
