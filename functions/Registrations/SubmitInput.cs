using Congress.Platform.Problems;

namespace Congress.Registrations;

public sealed record ContactInput(
    string? Email, string? Civility, string? LastName, string? FirstName, string? Address, string? PostalCode,
    string? City, string? Country, string? Phone, string? Mobile, bool Professional, string? Comment, bool CreateAccount) : IValidatable
{
    public IEnumerable<FieldError> Validate() => Validate("");

    /// <summary>The checks of each field, named under <paramref name="prefix"/> ("contact." in the form's submit).</summary>
    public IEnumerable<FieldError> Validate(string prefix)
    {
        foreach (var e in Check.Email(prefix + "email", Email)) yield return e;
        foreach (var e in Check.Text(prefix + "lastName", LastName, 80)) yield return e;
        foreach (var e in Check.Text(prefix + "firstName", FirstName, 80, required: false)) yield return e;
        foreach (var e in Check.Text(prefix + "address", Address, 200)) yield return e;
        foreach (var e in Check.Text(prefix + "postalCode", PostalCode, 20)) yield return e;
        foreach (var e in Check.Text(prefix + "city", City, 80)) yield return e;
        if (Country is not { Length: 2 } || !Country.All(char.IsAsciiLetterUpper))
            yield return FieldError.Invalid(prefix + "country", Message.Fr("Pays : code à deux lettres (FR).").En("Country: two-letter code (FR)."));
        foreach (var e in Check.Text(prefix + "phone", Phone, 30, required: false)) yield return e;
        foreach (var e in Check.Text(prefix + "mobile", Mobile, 30, required: false)) yield return e;
        foreach (var e in Check.Text(prefix + "comment", Comment, 2000, required: false)) yield return e;
    }
}

/// <summary>The basket plus who pays and how: what the form submits.</summary>
public sealed record SubmitInput(
    string? ClientKey, string? AccessCode, ParticipantInput[]? Participants, LineInput[]? Lines,
    ContactInput? Contact, string? PaymentMethod, bool AcceptTerms) : BasketInput(AccessCode, Participants, Lines)
{
    public const int MinPasswordLength = 10;

    public override IEnumerable<FieldError> Validate()
    {
        foreach (var error in base.Validate()) yield return error;
        foreach (var error in Check.Text("clientKey", ClientKey, 100)) yield return error;
        if (Contact is null) yield return FieldError.Required("contact");
        else foreach (var e in Contact.Validate("contact.")) yield return e;
        if (string.IsNullOrWhiteSpace(PaymentMethod)) yield return FieldError.Required("paymentMethod");
        if (!AcceptTerms)
            yield return FieldError.Invalid("acceptTerms", Message.Fr("Acceptez les conditions générales pour continuer.").En("Accept the terms and conditions to continue."));
    }
}
