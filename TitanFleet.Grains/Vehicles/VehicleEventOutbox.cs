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
            Release();
            return _pending is not { Count: > 0 } && _pendingOccupancy is not { Count: > 0 } && _inFlight is null;
        }
    }

    /// <summary>
    /// Hands the pending events and crossings over without waiting for their write. Throws <see cref="EventQueueFullException"/>
    /// when the queue stays full; they then stay pending for the next call. Once the write commits,
    /// <paramref name="owner"/> is told with a one-way call, so that it drops them (<see cref="Release"/>) in a turn of its own.
    /// </summary>
    public async Task HandOffAsync(IAddressable? owner)
    {
        Release();
        if (_pending is not { Count: > 0 } && _pendingOccupancy is not { Count: > 0 }) return;
        FleetEvent[] events = [.. _pending ?? []];
        GeofenceOccupancyChange[] occupancy = [.. _pendingOccupancy ?? []];
        var written = await publisher.HandOffAsync(events, occupancy);
        _pending = null;
        _pendingOccupancy = null;
        (_inFlight ??= []).Add((events, occupancy, written));
        // Without it a vehicle keeps its written events until its next ping (every live vehicle its
        // coming-online event, its arrays, the list and the task: ~360 B at a million vehicles). The
        // continuation only sends a message: the list is changed by the grain's own turn, never from
        // the writer's thread (nor interleaved at an await of another turn, as a continuation queued
        // to the grain's scheduler would be).
        if (owner is not null)
        {
            _ = written.ContinueWith(
                static (_, grain) => ((IVehicleGrain)grain!).ReleaseWrittenEventsAsync().Ignore(), owner.AsReference<IVehicleGrain>(),
                CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Hands over what is pending and waits for every write; true when all of it is stored.</summary>
    public async Task<bool> SettleAsync()
    {
        try
        {
            // No release call: this waits for the writes and drops them itself, and is what deactivation
            // runs, so a call arriving afterwards would only activate the vehicle again.
            await HandOffAsync(owner: null);
            if (_inFlight is { } inFlight) await Task.WhenAll(inFlight.Select(f => f.Written));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever failed is put back below and stays pending; the caller does not store state past it.
        }
        return Durable;
    }

    /// <summary>Drops the hand-offs whose write succeeded; a failed one's events become pending again, ahead of newer ones.</summary>
    public void Release()
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
