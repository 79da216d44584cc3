using static Congress.Registrations.RegistrationStatus;

namespace Congress.Registrations;

/// <summary>What became of a move of a registration's status.</summary>
public enum StatusMove
{
    /// <summary>The status and what goes with it changed; the caller's update writes them.</summary>
    Done,
    /// <summary>The table does not allow it from the current status: nothing changed, the caller's update writes nothing.</summary>
    NotAllowed,
}

/// <summary>
/// Which status may follow which (docs/registration.md, "Status changes"). Every change goes through
/// the moves of <see cref="RegistrationEntity"/>, which consult this table: a late queue message, a
/// payment racing a cancellation or a retried submit finds its move refused instead of overwriting
/// what happened first.
/// </summary>
public static class RegistrationLifecycle
{
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Next = new Dictionary<string, IReadOnlySet<string>>
    {
        // A submit refused for lack of stock may be retried with the same client key: refused again, or held.
        [Submitted] = new HashSet<string> { Refused, AwaitingPayment },
        [Refused] = new HashSet<string> { Refused, AwaitingPayment },
        [AwaitingPayment] = new HashSet<string> { Confirmed, Expired, Cancelled },
        // A payment after the deadline buys the stock again if it is still there.
        [Expired] = new HashSet<string> { Confirmed },
        [Confirmed] = new HashSet<string> { Cancelled },
        [Cancelled] = new HashSet<string>(),
    };

    public static bool Allows(string from, string to) => Next.TryGetValue(from, out var next) && next.Contains(to);
}

/// <summary>
/// The moves of a registration's status, the only code that sets it. Each move also records what the
/// status means (when it was confirmed or closed, what is due back, the hold); the history entry is
/// written with the update that carries the move (<see cref="RegistrationStore"/>).
/// </summary>
public sealed partial class RegistrationEntity
{
    /// <summary>Not enough stock: nothing is held, and the lines at fault are kept for the form.</summary>
    public StatusMove Refuse(string refusalJson) => Move(Refused, () => RefusalJson = refusalJson);

    /// <summary>All the stock is held until <paramref name="holdExpiresAt"/>; the file number is given now, once.</summary>
    public StatusMove AwaitPayment(string number, DateTimeOffset holdExpiresAt, DateTimeOffset? remindAt) => Move(AwaitingPayment, () =>
    {
        Number ??= number;
        HoldExpiresAt = holdExpiresAt;
        RemindAt = remindAt;
        RefusalJson = null;
    });

    /// <summary>The deposit is covered and the stock sold.</summary>
    public StatusMove Confirm(DateTimeOffset at) => Move(Confirmed, () => ConfirmedAt = at);

    /// <summary>The payment deadline passed: the stock is returned and whatever was paid is due back.</summary>
    public StatusMove Expire(DateTimeOffset at) => Move(Expired, () => Close(at));

    /// <summary>Staff cancelled: the stock is returned and whatever was paid is due back.</summary>
    public StatusMove Cancel(DateTimeOffset at) => Move(Cancelled, () =>
    {
        Close(at);
        HoldExpiresAt = null;
    });

    private void Close(DateTimeOffset at)
    {
        ClosedAt = at;
        RefundDueCents = RegistrationPayments.RefundDue(Status, PaidCents, TotalCents);
    }

    private StatusMove Move(string to, Action record)
    {
        if (!RegistrationLifecycle.Allows(Status, to)) return StatusMove.NotAllowed;
        _status = to;
        record();
        return StatusMove.Done;
    }
}
