using System.Diagnostics;
using TitanFleet.Simulator.Fleet;

namespace TitanFleet.Simulator.Load;

/// <summary>
/// Open model: each vehicle reports once per interval, the fleet spread evenly over the interval,
/// whatever the server's response time (up to <c>maxInFlight</c> outstanding requests; beyond that
/// the schedule slips, which shows as a lower achieved rate than the target).
/// </summary>
public static class OpenLoop
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(5);

    public static async Task RunAsync(SimulatedVehicle[] vehicles, TimeSpan interval, int maxInFlight, TimeSpan duration, long maxRequests,
        Func<SimulatedVehicle, CancellationToken, Task<bool>> send, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(maxInFlight);
        var inFlight = new List<Task>();
        var started = Stopwatch.GetTimestamp();
        long issued = 0;
        while (!cancellationToken.IsCancellationRequested && issued < maxRequests)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed >= duration) break;
            var due = Math.Min(maxRequests, (long)(elapsed / interval * vehicles.Length));
            for (; issued < due; issued++)
            {
                await gate.WaitAsync(cancellationToken);
                var vehicle = vehicles[issued % vehicles.Length];
                inFlight.Add(SendReleasingAsync(vehicle));
            }
            inFlight.RemoveAll(task => task.IsCompleted);
            await Task.Delay(Tick, cancellationToken);
        }
        await Task.WhenAll(inFlight);

        async Task SendReleasingAsync(SimulatedVehicle vehicle)
        {
            try
            {
                await send(vehicle, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
