using TitanFleet.Simulator.Routes;

namespace TitanFleet.Simulator.Fleet;

/// <summary>
/// How fast a simulated vehicle drives: a little under its type's limit on the road (its own steady
/// pace, a gentle swell of traffic, never over the limit), except in short overspeed episodes that
/// recur every <see cref="EpisodePeriod"/> for 90-150 s (3-5 % of driving time) at 6-14 % over the
/// road's limit (on motorways also over the company's default limit for the type, so overspeed
/// detection counts them), long enough to count and rare enough to look like real driving.
/// Pure and deterministic per vehicle, so runs and tests are repeatable.
/// </summary>
public sealed class DrivingSpeed(string vehicleType, RoadClass road, int index, double pace)
{
    public static readonly TimeSpan EpisodePeriod = TimeSpan.FromMinutes(50);

    public double LimitKmh { get; } = UkSpeedLimits.Kmh(vehicleType, road);

    public TimeSpan EpisodeLength => TimeSpan.FromSeconds(90 + (index % 4) * 20);

    public bool Overspeeding(DateTimeOffset at)
    {
        var period = (long)EpisodePeriod.TotalSeconds;
        var phase = (at.ToUnixTimeSeconds() + (long)index * 617) % period;
        return phase < EpisodeLength.TotalSeconds;
    }

    public double Kmh(DateTimeOffset at)
    {
        if (Overspeeding(at)) return LimitKmh * (1.06 + (index % 5) * 0.02);
        var swell = Math.Sin(at.ToUnixTimeMilliseconds() / 90_000.0 + index);
        return Math.Min(LimitKmh * 0.99, LimitKmh * pace * (1 + 0.03 * swell));
    }
}
