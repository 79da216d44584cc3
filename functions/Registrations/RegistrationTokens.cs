using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Congress.Registrations;

/// <summary>Settings section "Registrations".</summary>
public sealed class RegistrationOptions
{
    public const string Section = "Registrations";

    /// <summary>
    /// How long an access token opens its registration, from the moment it was issued (at submit, in
    /// each email of the flow, in the attendee space's list). Long enough to come back to the
    /// confirmation page until the event is over when one registers months ahead; after that the
    /// attendee space (sign-in) issues a new one.
    /// </summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromDays(180);
}

/// <summary>
/// The attendee's key to their registration without an account: the registration id and the time
/// it was issued, protected with the app's data-protection keys. Nothing is stored; a token for
/// another id does not open it, nor one older than <see cref="RegistrationOptions.AccessTokenLifetime"/>.
/// </summary>
public sealed class RegistrationTokens(IDataProtectionProvider provider, TimeProvider time, IOptions<RegistrationOptions> options)
{
    // "v2": tokens of the first kind (the id alone, never expiring) no longer open anything.
    private readonly IDataProtector _protector = provider.CreateProtector("registration-access.v2");

    public string For(string registrationId) =>
        _protector.Protect($"{registrationId}|{time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>True for a token of this registration until its lifetime is over (expired from that instant on).</summary>
    public bool Opens(string? token, string registrationId)
    {
        if (string.IsNullOrEmpty(token)) return false;
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
        var separator = payload.LastIndexOf('|');
        if (separator < 0 || payload[..separator] != registrationId
            || !long.TryParse(payload[(separator + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
            return false;
        var issued = new DateTimeOffset(ticks, TimeSpan.Zero);
        return time.GetUtcNow() < issued + options.Value.AccessTokenLifetime;
    }
}
