using System.Collections.Concurrent;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Push;

/// <summary>
/// The latest change per vehicle, released by <see cref="Take"/> on the first flush tick at which the
/// vehicle has not been sent for a whole interval. A vehicle reporting less often than the interval
/// therefore waits at most one tick, not up to an interval, while one reporting faster is still sent
/// at most once per interval (latest wins). <see cref="Publish"/> may be called from any thread;
/// <see cref="Take"/> from one at a time.
/// </summary>
public sealed class PushCoalescer(TimeSpan interval, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, Pending> _pending = new();

    // Only vehicles sent within the last interval: sized by the send rate, not by the fleet.
    private readonly Dictionary<Guid, long> _sentAt = [];

    public bool IsEmpty => _pending.IsEmpty;

    public void Publish(VehicleSnapshot snapshot) => _pending[snapshot.VehicleId] = new Pending(snapshot, time.GetTimestamp());

    /// <summary>The vehicles due now, each with how long its latest change waited here (ms).</summary>
    public List<(VehicleSnapshot Snapshot, double WaitedMs)> Take()
    {
        var now = time.GetTimestamp();
        foreach (var (vehicleId, sentAt) in _sentAt)
        {
            if (time.GetElapsedTime(sentAt, now) >= interval) _sentAt.Remove(vehicleId);
        }

        var due = new List<(VehicleSnapshot, double)>();
        foreach (var entry in _pending)
        {
            if (_sentAt.ContainsKey(entry.Key)) continue;
            // Removes only the value read: a change published meanwhile stays for the next tick.
            if (!_pending.TryRemove(entry)) continue;
            _sentAt[entry.Key] = now;
            due.Add((entry.Value.Snapshot, time.GetElapsedTime(entry.Value.PublishedAt, now).TotalMilliseconds));
        }
        return due;
    }

    private sealed record Pending(VehicleSnapshot Snapshot, long PublishedAt);
}
