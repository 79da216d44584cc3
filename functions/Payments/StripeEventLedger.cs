using Azure;
using Congress.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Congress.Payments;

/// <summary>Whether this delivery may act on the event.</summary>
public enum ClaimResult
{
    /// <summary>This delivery owns the event: act, then complete or release.</summary>
    Claimed,
    /// <summary>Handled before: acknowledge and do nothing.</summary>
    AlreadyDone,
    /// <summary>Another delivery is acting on it now: answer an error so that Stripe retries later.</summary>
    InProgress,
}

public sealed record EventClaim(ClaimResult Result, string EventId, string ClaimId);

/// <summary>
/// Records each Stripe event id once, before anything acts on it: an insert that fails when the
/// row exists is the guard against the same event delivered twice, even at the same moment. A
/// delivery that fails releases the event so that Stripe's retry can act; one that died (app
/// stopped) loses it when its lease runs out.
/// </summary>
public sealed class StripeEventLedger(StorageAccount storage, TimeProvider time, IOptions<StripeOptions> options)
{
    public const string Table = "StripeEvents";

    private TimeSpan Lease => options.Value.EventLease;

    public async Task<EventClaim> ClaimAsync(string eventId, string type, string? sessionId, CancellationToken ct)
    {
        var table = storage.Table(Table);
        var (partition, row) = StripeEventRow.KeysFor(eventId);
        var claimId = Guid.NewGuid().ToString("N");
        // A released row can vanish between our insert and our read: try again a few times.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var now = time.GetUtcNow();
            var fresh = new StripeEventRow
            {
                PartitionKey = partition, RowKey = row, Type = type, SessionId = sessionId, ClaimId = claimId,
                LeaseUntil = now + Lease, Attempts = 1, ReceivedAt = now,
            };
            if (await table.TryAddAsync(fresh, ct)) return new EventClaim(ClaimResult.Claimed, eventId, claimId);

            var current = await table.UpdateConditionallyAsync<StripeEventRow>(partition, row, existing =>
            {
                if (existing.Status != StripeEventStatus.Processing || existing.LeaseUntil > time.GetUtcNow()) return false;
                existing.ClaimId = claimId;
                existing.LeaseUntil = time.GetUtcNow() + Lease;
                existing.Attempts++;
                return true;
            }, ct);
            if (current is null) continue;
            if (current.ClaimId == claimId) return new EventClaim(ClaimResult.Claimed, eventId, claimId);
            return new EventClaim(current.Status == StripeEventStatus.Done ? ClaimResult.AlreadyDone : ClaimResult.InProgress,
                eventId, claimId);
        }
        return new EventClaim(ClaimResult.InProgress, eventId, claimId);
    }

    /// <summary>Marks the event handled, if this delivery still owns it.</summary>
    public async Task CompleteAsync(EventClaim claim, string outcome, CancellationToken ct)
    {
        var (partition, row) = StripeEventRow.KeysFor(claim.EventId);
        await storage.Table(Table).UpdateConditionallyAsync<StripeEventRow>(partition, row, existing =>
        {
            if (existing.ClaimId != claim.ClaimId || existing.Status != StripeEventStatus.Processing) return false;
            existing.Status = StripeEventStatus.Done;
            existing.LeaseUntil = null;
            existing.HandledAt = time.GetUtcNow();
            existing.Outcome = outcome;
            return true;
        }, ct);
    }

    /// <summary>Forgets the event after a failure, if this delivery still owns it, so that a retry acts.</summary>
    public async Task ReleaseAsync(EventClaim claim, CancellationToken ct)
    {
        var table = storage.Table(Table);
        var (partition, row) = StripeEventRow.KeysFor(claim.EventId);
        var current = await table.GetEntityIfExistsAsync<StripeEventRow>(partition, row, cancellationToken: ct);
        if (!current.HasValue || current.Value is not { } entity || entity.ClaimId != claim.ClaimId
            || entity.Status != StripeEventStatus.Processing) return;
        try
        {
            await table.DeleteEntityAsync(partition, row, entity.ETag, ct);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Taken over or gone meanwhile: whoever has it now decides.
        }
    }
}
