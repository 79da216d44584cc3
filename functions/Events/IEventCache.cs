namespace Congress.Events;

/// <summary>
/// A cache built from an event's row that must be dropped when its settings change (the catalog's
/// published form). Implemented by the feature that keeps it (Catalog), which depends on Events.
/// </summary>
public interface IEventCache
{
    void Forget(string eventId);
}
