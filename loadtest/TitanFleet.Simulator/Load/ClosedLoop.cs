using System.Diagnostics;
using TitanFleet.Simulator.Fleet;

namespace TitanFleet.Simulator.Load;

/// <summary>Closed model: <c>workers</c> loops each send, wait for the answer, send again; worker w alone drives vehicles w, w+workers, … (a vehicle never has two requests in flight)</summary>
public static class ClosedLoop
{
    public static Task RunAsync(SimulatedVehicle[] vehicles, int workers, TimeSpan duration, long maxRequests,
        Func<SimulatedVehicle, CancellationToken, Task<bool>> send, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        long issued = 0;
        return Task.WhenAll(Enumerable.Range(0, Math.Min(workers, vehicles.Length)).Select(async worker =>
        {
            var own = vehicles.Where((_, i) => i % workers == worker).ToArray();
            for (var k = 0; !cancellationToken.IsCancellationRequested; k = (k + 1) % own.Length)
            {
                if (Stopwatch.GetElapsedTime(started) >= duration || Interlocked.Increment(ref issued) > maxRequests) return;
                await send(own[k], cancellationToken);
            }
        }));
    }
}
