using TitanFleet.Grains.Geofences;

namespace TitanFleet.Grains.Events;

/// <summary>One publishing call's events (and a vehicle's geofence crossings) waiting for the silo's next event group, and the promise its publisher may await.</summary>
public sealed class PendingEvents(FleetEvent[] events, GeofenceOccupancyChange[]? occupancy = null)
{
    public FleetEvent[] Events { get; } = events;

    /// <summary>Occupancy changes written in the same transaction as the events.</summary>
    public GeofenceOccupancyChange[] Occupancy { get; } = occupancy ?? [];

    /// <summary>Completes once the group holding these events has committed (events, notifications, occupancy, rollup counts) and been pushed.</summary>
    public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
