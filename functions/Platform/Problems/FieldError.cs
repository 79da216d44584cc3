namespace Congress.Platform.Problems;

/// <summary>What is wrong with one field, said in French and English for the person who typed it.</summary>
public sealed record FieldError(string Field, string Code, Message Message)
{
    public static FieldError Required(string field) =>
        new(field, "required", Message.Fr("Ce champ est obligatoire.").En("This field is required."));

    public static FieldError InvalidEmail(string field) =>
        new(field, "email", Message.Fr("Adresse email invalide.").En("Invalid email address."));

    public static FieldError TooLong(string field, int max) =>
        new(field, "too_long", Message.Fr($"{max} caractères au plus.").En($"At most {max} characters."));

    public static FieldError Invalid(string field, Message message) => new(field, "invalid", message);
}
