namespace Congress.Platform.Auth;

/// <summary>A checked sign-in: an email and a password (staff, attendees), compared as typed.</summary>
public sealed record Credentials(string Email, string Password);
