using TitanFleet.Grains.Events;
using TitanFleet.Grains.Geofences;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// A vehicle grain's events and geofence crossings on their way to the silo's event writer. What a ping
/// raises is worked out from location history (its fixes and the state before them), so history is the
/// durable hand-off: the grain hands them over without waiting for their write and must not store live
/// state past them until they are written (<see cref="Durable"/>). If the silo dies first, the vehicle's
/// next activation replays history past its stored state and raises them again: events with the same
/// ids (<see cref="FleetEventIds"/>), which the keys store once, and crossings, whose occupancy rows are
/// set rather than added. A write that failed puts what it carried back here to be handed over again.
/// </summary>
public sealed class VehicleEventOutbox(IFleetEventPublisher publisher)
{
    // The lists exist only while they hold something: most of a silo's vehicles raise no events
    // between pings, and at a million live vehicles an empty list each is tens of megabytes.
    private List<(FleetEvent[] Events, GeofenceOccupancyChange[] Occupancy, Task Written)>? _inFlight;
    private List<FleetEvent>? _pending;
    private List<GeofenceOccupancyChange>? _pendingOccupancy;

    public void Add(FleetEvent fleetEvent) => (_pending ??= []).Add(fleetEvent);

    /// <summary>Ahead of what is pending: coming online precedes the motion its fixes raised on activation.</summary>
    public void AddFirst(FleetEvent fleetEvent) => (_pending ??= []).Insert(0, fleetEvent);

    public void AddRange(IEnumerable<FleetEvent> events) => (_pending ??= []).AddRange(events);

    public void AddCrossings(GeofenceCrossings crossings)
    {
        if (crossings.Alerts.Count > 0) AddRange(crossings.Alerts);
        if (crossings.Occupancy.Count > 0) (_pendingOccupancy ??= []).AddRange(crossings.Occupancy);
    }

    /// <summary>True when every event and crossing raised so far is written: live state may be stored up to here.</summary>
    public bool Durable
    {
        get
        {
            Reclaim();
            return _pending is not { Count: > 0 } && _pendingOccupancy is not { Count: > 0 } && _inFlight is null;
        }
    }

    /// <summary>
    /// Hands the pending events and crossings over without waiting for their write. Throws <see cref="EventQueueFullException"/>
    /// when the queue stays full; they then stay pending for the next call.
    /// </summary>
    public async Task HandOffAsync()
    {
        Reclaim();
        if (_pending is not { Count: > 0 } && _pendingOccupancy is not { Count: > 0 }) return;
        FleetEvent[] events = [.. _pending ?? []];
        GeofenceOccupancyChange[] occupancy = [.. _pendingOccupancy ?? []];
        var written = await publisher.HandOffAsync(events, occupancy);
        _pending = null;
        _pendingOccupancy = null;
        (_inFlight ??= []).Add((events, occupancy, written));
    }

    /// <summary>Hands over what is pending and waits for every write; true when all of it is stored.</summary>
    public async Task<bool> SettleAsync()
    {
        try
        {
            await HandOffAsync();
            if (_inFlight is { } inFlight) await Task.WhenAll(inFlight.Select(f => f.Written));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever failed is reclaimed below and stays pending; the caller does not store state past it.
        }
        return Durable;
    }

    private void Reclaim()
    {
        if (_inFlight is not { } inFlight) return;
        List<FleetEvent>? failed = null;
        List<GeofenceOccupancyChange>? failedOccupancy = null;
        for (var i = 0; i < inFlight.Count;)
        {
            var (events, occupancy, written) = inFlight[i];
            if (!written.IsCompleted)
            {
                i++;
                continue;
            }
            inFlight.RemoveAt(i);
            if (written.IsCompletedSuccessfully) continue;
            (failed ??= []).AddRange(events);
            (failedOccupancy ??= []).AddRange(occupancy);
        }
        if (inFlight.Count == 0) _inFlight = null;
        if (failed is { Count: > 0 }) (_pending ??= []).InsertRange(0, failed);
        if (failedOccupancy is { Count: > 0 }) (_pendingOccupancy ??= []).InsertRange(0, failedOccupancy);
    }
}
