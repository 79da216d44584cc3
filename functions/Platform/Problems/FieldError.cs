namespace Congress.Platform.Problems;

/// <summary>What is wrong with one field, said in French and English for the person who typed it.</summary>
public sealed record FieldError(string Field, string Code, string Fr, string En)
{
    public static FieldError Required(string field) =>
        new(field, "required", "Ce champ est obligatoire.", "This field is required.");

    public static FieldError InvalidEmail(string field) =>
        new(field, "email", "Adresse email invalide.", "Invalid email address.");

    public static FieldError TooLong(string field, int max) =>
        new(field, "too_long", $"{max} caractères au plus.", $"At most {max} characters.");

    public static FieldError Invalid(string field, string fr, string en) => new(field, "invalid", fr, en);
}
