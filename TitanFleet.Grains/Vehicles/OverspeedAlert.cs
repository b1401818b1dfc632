namespace TitanFleet.Grains.Vehicles;

/// <summary>An overspeed episode that has lasted the minimum duration: the facts of its one event.</summary>
public sealed record OverspeedAlert(DateTimeOffset Since, DateTimeOffset At, double MaxSpeedKmh, SpeedLimit Limit)
{
    public TimeSpan Duration => At - Since;
}
