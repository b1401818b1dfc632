using System.Collections.Concurrent;
using TitanFleet.Grains.Events;

namespace TitanFleet.Tests.Fixtures;

/// <summary>
/// Hears of every fleet event the silo's event writer stored, keeping only a weak reference to it, so a
/// test can tell whether anything else (a grain, say) still holds the event once it is written.
/// </summary>
public sealed class WrittenEventsSink : IFleetEventSink
{
    private readonly ConcurrentQueue<(Guid VehicleId, string Type, WeakReference<FleetEvent> Event)> _written = new();

    public Task OnPublishedAsync(IReadOnlyList<FleetEvent> events)
    {
        foreach (var fleetEvent in events) _written.Enqueue((fleetEvent.VehicleId ?? Guid.Empty, fleetEvent.Type, new WeakReference<FleetEvent>(fleetEvent)));
        return Task.CompletedTask;
    }

    /// <summary>The stored event of this vehicle and type, once the writer has told of it.</summary>
    public async Task<WeakReference<FleetEvent>> WaitForAsync(Guid vehicleId, string type, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            foreach (var (vehicle, eventType, written) in _written)
            {
                if (vehicle == vehicleId && eventType == type) return written;
            }
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"No {type} event of vehicle {vehicleId} was written within {timeout}.");
            await Task.Delay(50);
        }
    }
}
