using Congress.Payments;
using Congress.Platform.Problems;

namespace Congress.Registrations;

/// <summary>A cheque or transfer received, recorded by finance staff.</summary>
public sealed record ManualPaymentInput(decimal? Amount, string? Method, DateOnly? ReceivedOn, string? Reference) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        if (Amount is not { } amount || amount <= 0 || amount > 1_000_000 || decimal.Round(amount, 2) != amount)
            yield return FieldError.Invalid("amount", Message.Fr("Montant positif en euros, 2 décimales.").En("Positive amount in euros, 2 decimals."));
        if (Method is not (PaymentMethods.Cheque or PaymentMethods.Transfer))
            yield return FieldError.Invalid("method", Message.Fr("Chèque ou virement.").En("Cheque or transfer."));
        if (ReceivedOn is null) yield return FieldError.Required("receivedOn");
        foreach (var e in Check.Text("reference", Reference, 100)) yield return e;
    }

    public ManualPayment ToCommand() => new(Validated.Present(Amount), Validated.Present(Method), Validated.Present(ReceivedOn),
        Validated.Present(Reference).Trim());
}

/// <summary>A checked cheque or transfer: its amount, the day it was received and the reference it came with.</summary>
public sealed record ManualPayment(decimal Amount, string Method, DateOnly ReceivedOn, string Reference)
{
    /// <summary>Recorded once per method and reference ("cheque:0042"), received at midnight UTC of its day.</summary>
    public ReceivedPayment For(string registrationId) => new(registrationId, Amount, Method, $"{Method}:{Reference}",
        new DateTimeOffset(ReceivedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
}
