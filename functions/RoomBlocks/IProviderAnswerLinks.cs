using Congress.Catalog;

namespace Congress.RoomBlocks;

/// <summary>
/// What a new room block request asks of the provider space: mail each provider its link to answer.
/// Implemented by the provider space (ProviderLinkMail), which depends on RoomBlocks and not the other way round.
/// </summary>
public interface IProviderAnswerLinks
{
    Task SendAnswerLinkAsync(ProviderEntity provider, string requestNumber, string eventTitle, DateOnly answerBy, CancellationToken ct);
}
