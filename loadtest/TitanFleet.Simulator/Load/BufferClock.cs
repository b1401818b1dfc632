using System.Collections.Concurrent;

namespace TitanFleet.Simulator.Load;

/// <summary>Per-vehicle count of buffered fixes sent so far: each batch continues where the vehicle's last one ended.</summary>
public sealed class BufferClock
{
    private readonly ConcurrentDictionary<int, int> _next = new();

    public int Next(int vehicle) => _next.AddOrUpdate(vehicle, 0, (_, n) => n + 1);
}
