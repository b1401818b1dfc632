namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// Overspeed, fix by fix in fix-time order (the caller never passes a fix older than the last):
/// - a fix is over when its speed is above the limit that applies at it (equal is not over);
/// - an episode begins at the first fix over and ends at the first fix that is not;
/// - it alerts once, at the first fix over that is at least the minimum duration after its start,
///   so one noisy fix never fires; the alert carries the highest speed seen so far.
/// A fix without a speed or without a limit tells nothing and leaves the episode as it is.
/// </summary>
public static class OverspeedRule
{
    public static OverspeedAlert? Apply(VehicleState vehicle, DateTimeOffset at, double? speedKmh, SpeedLimit? limit, TimeSpan minDuration)
    {
        if (speedKmh is not { } speed || limit is not { } applying) return null;
        if (speed <= applying.Kmh)
        {
            vehicle.Overspeed = null;
            return null;
        }

        var episode = vehicle.Overspeed ??= new OverspeedEpisode { Since = at };
        episode.MaxSpeedKmh = Math.Max(episode.MaxSpeedKmh, speed);
        if (episode.Fired || at - episode.Since < minDuration) return null;
        episode.Fired = true;
        return new OverspeedAlert(episode.Since, at, episode.MaxSpeedKmh, applying);
    }
}
