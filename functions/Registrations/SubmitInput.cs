using System.Text.Json.Serialization;
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
        foreach (var e in Check.Text(prefix + "civility", Civility, 20, required: false)) yield return e;
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

    /// <summary>The contact as a registration stores it; whether to open an account belongs to the submit, not to the contact.</summary>
    public AttendeeContact ToCommand() => new(Validated.Present(Email), Civility, Validated.Present(LastName), FirstName,
        Validated.Present(Address), Validated.Present(PostalCode), Validated.Present(City), Validated.Present(Country), Phone, Mobile,
        Professional, Comment);
}

/// <summary>
/// A checked contact, as typed (the registration's own email is trimmed from it). Stored as the
/// registration's contact JSON with the names of <see cref="ContactInput"/>, which reads it back.
/// </summary>
public sealed record AttendeeContact(string Email, string? Civility, string LastName, string? FirstName, string Address,
    string PostalCode, string City, string Country, string? Phone, string? Mobile, bool Professional, string? Comment)
{
    [JsonIgnore]
    public string FullName => $"{FirstName} {LastName}".Trim();
}

/// <summary>A checked submit: the basket, who pays and how, under the browser's client key.</summary>
public sealed record Submission(string ClientKey, BasketInput Basket, AttendeeContact Contact, string PaymentMethod, bool CreateAccount);

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
        foreach (var error in Check.Text("paymentMethod", PaymentMethod, 20, required: false)) yield return error;
        if (Contact is null) yield return FieldError.Required("contact");
        else foreach (var e in Contact.Validate("contact.")) yield return e;
        if (string.IsNullOrWhiteSpace(PaymentMethod)) yield return FieldError.Required("paymentMethod");
        if (!AcceptTerms)
            yield return FieldError.Invalid("acceptTerms", Message.Fr("Acceptez les conditions générales pour continuer.").En("Accept the terms and conditions to continue."));
    }

    public Submission ToCommand()
    {
        var contact = Validated.Present(Contact);
        return new(Validated.Present(ClientKey), new BasketInput(AccessCode, Participants, Lines), contact.ToCommand(),
            Validated.Present(PaymentMethod), contact.CreateAccount);
    }
}
