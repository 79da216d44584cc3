using Microsoft.AspNetCore.DataProtection;

namespace Congress.Registrations;

/// <summary>
/// The attendee's key to their registration without an account: the registration id protected
/// with the app's data-protection keys. Nothing to store; a token for another id does not open it.
/// </summary>
public sealed class RegistrationTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("registration-access");

    public string For(string registrationId) => _protector.Protect(registrationId);

    public bool Opens(string? token, string registrationId)
    {
        if (string.IsNullOrEmpty(token)) return false;
        try
        {
            return _protector.Unprotect(token) == registrationId;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
