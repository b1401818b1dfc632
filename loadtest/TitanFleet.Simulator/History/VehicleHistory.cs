using TitanFleet.Simulator.Fleet;

namespace TitanFleet.Simulator.History;

/// <summary>
/// A vehicle's fixes over whole days: on shift the tracker reports every <see cref="ShiftInterval"/>
/// (10-30 s by vehicle, a second of jitter), standing still on its break; off shift the vehicle is
/// parked and the tracker sends a heartbeat every 15 minutes at the same place.
/// </summary>
public sealed class VehicleHistory(int index)
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromMinutes(15);

    public TimeSpan ShiftInterval { get; } = TimeSpan.FromSeconds(10 + index % 21);

    public IEnumerable<Fix> Days(DateOnly first, int days)
    {
        var vehicle = new SimulatedVehicle(index);
        var jitter = new Random(index);
        var at = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddSeconds(index % 900);
        for (var d = 0; d < days; d++)
        {
            var day = first.AddDays(d);
            var plan = WorkDay.For(index, day);
            var nextMidnight = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            while (at < nextMidnight)
            {
                if (!plan.OnShift(at)) vehicle.Park(plan.Works && at < plan.ShiftStart ? plan.ShiftStart : nextMidnight);
                else if (plan.OnBreak(at)) vehicle.Park(plan.BreakEnd);
                yield return vehicle.Advance(at);
                var step = plan.OnShift(at) ? ShiftInterval + TimeSpan.FromMilliseconds(jitter.Next(1_000)) : Heartbeat;
                // The first fix of a shift falls on its start, not up to a heartbeat later.
                at = plan.Works && at < plan.ShiftStart && at + step > plan.ShiftStart ? plan.ShiftStart : at + step;
            }
        }
    }
}
