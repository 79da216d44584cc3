namespace Congress.ProviderSpace;

/// <summary>Settings section "ProviderLinks".</summary>
public sealed class ProviderLinkOptions
{
    public const string Section = "ProviderLinks";

    /// <summary>How long a link that opens the provider space stays valid.</summary>
    public TimeSpan SpaceLinkLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a link that answers a room block request stays valid.</summary>
    public TimeSpan RequestLinkLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>New-link requests per minute and client address.</summary>
    public int RequestsPerMinute { get; set; } = 5;

    /// <summary>New-link requests per hour and email address, whoever asks (counted per instance).</summary>
    public int RequestsPerAddressPerHour { get; set; } = 3;

    /// <summary>The configured lifetime of a link for this purpose.</summary>
    public TimeSpan LifetimeFor(string purpose) =>
        purpose == ProviderLinkPurposes.RoomBlockAnswer ? RequestLinkLifetime : SpaceLinkLifetime;
}
