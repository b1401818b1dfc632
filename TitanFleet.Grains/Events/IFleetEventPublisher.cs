using TitanFleet.Grains.Geofences;

namespace TitanFleet.Grains.Events;

/// <summary>
/// Stores events (with their notifications and rollup counts) through the silo's
/// <see cref="FleetEventWriter"/>, then tells every silo's dashboards of them. The events of one call
/// travel as one message, so they arrive in the order given on every silo; separate calls carry no
/// order between them across silos (messages between silos may overtake each other), so publish what
/// belongs together in one call.
/// </summary>
public interface IFleetEventPublisher
{
    /// <summary>
    /// Returns once the events are stored and told. Publish after the change is durable: a failure to
    /// store or tell is logged, never thrown, because the change itself has already happened.
    /// </summary>
    Task PublishAsync(params FleetEvent[] events);

    /// <summary>
    /// The ingestion path's hand-off: returns as soon as the events are queued (waiting at most
    /// <see cref="FleetEventOptions.HandOffWait"/> for room, then throwing <see cref="EventQueueFullException"/>)
    /// with a task that completes when they are stored and told, or faults if they could not be.
    /// The caller must keep what it needs to raise them again until that task succeeds. A vehicle's
    /// geofence crossings (<paramref name="occupancy"/>) are written in the same transaction as the events.
    /// </summary>
    Task<Task> HandOffAsync(FleetEvent[] events, GeofenceOccupancyChange[]? occupancy = null);
}
