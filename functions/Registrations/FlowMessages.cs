namespace Congress.Registrations;

/// <summary>Queue messages that move a registration on; each carries the time it was asked at.</summary>
public sealed record FlowMessage(string RegistrationId, string Action, DateTimeOffset RequestedAt)
{
    public const string Queue = "registration-flow";
    public const string ExpireHold = "expire-hold";
    public const string Remind = "remind";
    public const string Confirm = "confirm";
}
