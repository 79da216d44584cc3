using Congress.Platform.Problems;

namespace Congress.Registrations;

public sealed record ContactInput(
    string? Email, string? Civility, string? LastName, string? FirstName, string? Address, string? PostalCode,
    string? City, string? Country, string? Phone, string? Mobile, bool Professional, string? Comment, bool CreateAccount);

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
        if (Contact is not { } c)
        {
            yield return FieldError.Required("contact");
        }
        else
        {
            foreach (var e in Check.Email("contact.email", c.Email)) yield return e;
            foreach (var e in Check.Text("contact.lastName", c.LastName, 80)) yield return e;
            foreach (var e in Check.Text("contact.firstName", c.FirstName, 80, required: false)) yield return e;
            foreach (var e in Check.Text("contact.address", c.Address, 200)) yield return e;
            foreach (var e in Check.Text("contact.postalCode", c.PostalCode, 20)) yield return e;
            foreach (var e in Check.Text("contact.city", c.City, 80)) yield return e;
            if (c.Country is not { Length: 2 } || !c.Country.All(char.IsAsciiLetterUpper))
                yield return FieldError.Invalid("contact.country", "Pays : code à deux lettres (FR).", "Country: two-letter code (FR).");
            foreach (var e in Check.Text("contact.phone", c.Phone, 30, required: false)) yield return e;
            foreach (var e in Check.Text("contact.mobile", c.Mobile, 30, required: false)) yield return e;
            foreach (var e in Check.Text("contact.comment", c.Comment, 2000, required: false)) yield return e;
        }
        if (string.IsNullOrWhiteSpace(PaymentMethod)) yield return FieldError.Required("paymentMethod");
        if (!AcceptTerms)
            yield return FieldError.Invalid("acceptTerms", "Acceptez les conditions générales pour continuer.", "Accept the terms and conditions to continue.");
    }
}
