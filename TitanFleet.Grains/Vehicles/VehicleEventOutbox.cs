using TitanFleet.Grains.Events;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// A vehicle grain's events on their way to the silo's event writer. The events a ping raises are
/// worked out from location history (its fixes and the state before them), so history is their
/// durable hand-off: the grain hands them over without waiting for their write and must not store
/// live state past them until they are written (<see cref="Durable"/>). If the silo dies first, the
/// vehicle's next activation replays history past its stored state and raises them again with the
/// same ids (<see cref="FleetEventIds"/>), which the keys store once. A write that failed puts its
/// events back here to be handed over again.
/// </summary>
public sealed class VehicleEventOutbox(IFleetEventPublisher publisher)
{
    // Both lists exist only while they hold something: most of a silo's vehicles raise no events
    // between pings, and at a million live vehicles an empty list each is tens of megabytes.
    private List<(FleetEvent[] Events, Task Written)>? _inFlight;
    private List<FleetEvent>? _pending;

    public void Add(FleetEvent fleetEvent) => (_pending ??= []).Add(fleetEvent);

    /// <summary>Ahead of what is pending: coming online precedes the motion its fixes raised on activation.</summary>
    public void AddFirst(FleetEvent fleetEvent) => (_pending ??= []).Insert(0, fleetEvent);

    public void AddRange(IEnumerable<FleetEvent> events) => (_pending ??= []).AddRange(events);

    /// <summary>True when every event raised so far is written: live state may be stored up to here.</summary>
    public bool Durable
    {
        get
        {
            Reclaim();
            return _pending is not { Count: > 0 } && _inFlight is null;
        }
    }

    /// <summary>
    /// Hands the pending events over without waiting for their write. Throws <see cref="EventQueueFullException"/>
    /// when the queue stays full; they then stay pending for the next call.
    /// </summary>
    public async Task HandOffAsync()
    {
        Reclaim();
        if (_pending is not { Count: > 0 } pending) return;
        FleetEvent[] events = [.. pending];
        var written = await publisher.HandOffAsync(events);
        _pending = null;
        (_inFlight ??= []).Add((events, written));
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
        for (var i = 0; i < inFlight.Count;)
        {
            var (events, written) = inFlight[i];
            if (!written.IsCompleted)
            {
                i++;
                continue;
            }
            inFlight.RemoveAt(i);
            if (!written.IsCompletedSuccessfully) (failed ??= []).AddRange(events);
        }
        if (inFlight.Count == 0) _inFlight = null;
        if (failed is not null) (_pending ??= []).InsertRange(0, failed);
    }
}
