using System.Diagnostics.CodeAnalysis;
using Congress.Platform.Storage;

namespace Congress.ProviderSpace;

/// <summary>What a provider link may be used for: a link for one purpose is refused for any other.</summary>
public static class ProviderLinkPurposes
{
    /// <summary>Opens the provider space (a session scoped to the provider).</summary>
    public const string Space = "space";
    /// <summary>Answers one room block request; the request id is the link's subject.</summary>
    public const string RoomBlockAnswer = "room-block-answer";

    public static readonly IReadOnlyList<string> All = [Space, RoomBlockAnswer];

    public static bool IsKnown([NotNullWhen(true)] string? purpose) => purpose is not null && All.Contains(purpose, StringComparer.Ordinal);
}

/// <summary>
/// A magic link as stored: the row key is the SHA-256 of the token, never the token itself, so that
/// reading the table gives nobody a usable link.
/// </summary>
public sealed class ProviderLinkRow : TableRow
{
    public const string Partition = "link";

    public ProviderLinkRow() => PartitionKey = Partition;

    public string ProviderId { get; set; } = "";
    public string Purpose { get; set; } = "";
    /// <summary>What the purpose applies to (the room block request of a "room-block-answer" link); null for the space.</summary>
    public string? Subject { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>A usable link as the rest of the app sees it (no storage fields).</summary>
public sealed record ProviderLink(string ProviderId, string Purpose, string? Subject, DateTimeOffset ExpiresAt);
