namespace Congress.Registrations;

/// <summary>
/// What a submit asks of the attendee space when the attendee wants an account: send the link by which
/// the password is chosen. Implemented by the attendee space (PasswordResets), which depends on
/// Registrations and not the other way round.
/// </summary>
public interface IAttendeeAccountLinks
{
    Task RequestAsync(string email, CancellationToken ct);
}
