using Congress.Catalog;
using Congress.Registrations;

namespace Congress.Finance.Accounting;

/// <summary>The registration an entry is about: its number is the document reference and names the customer's account.</summary>
public sealed record CustomerRef(string RegistrationId, string? Number, string Name)
{
    public string Piece => Number ?? RegistrationId;
    public FecAux Aux => new(AccountingOptions.CustomerAux(Piece), Name);
}

/// <summary>A registration confirmed in the period, with its event's form (providers, commissions) and its priced basket.</summary>
public sealed record SaleSource(EventForm Form, RegistrationDigest Digest, PricedBasket Basket, DateOnly Day)
{
    public CustomerRef Customer => new(Digest.RowKey, Digest.Number, Digest.ContactName);
}

/// <summary>Money received (or given back, negative) for a registration in the period.</summary>
public sealed record PaymentSource(PaymentRow Payment, CustomerRef Customer, string EventTitle, DateOnly Day);

/// <summary>One payment of a payout batch executed in the period.</summary>
public sealed record PayoutSource(PayoutBatchRow Batch, PayoutPaymentRow Payment, DateOnly Day);
