namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// A stretch of fixes above the speed limit, kept in the vehicle's state while it lasts (null otherwise).
/// <see cref="Fired"/> turns true once the episode outlasted the minimum duration and its one event
/// went out. Stored with the Orleans serializer: never reuse or renumber an Id.
/// </summary>
[GenerateSerializer, Alias("titanfleet.overspeed-episode.v1")]
public sealed class OverspeedEpisode
{
    [Id(0)] public DateTimeOffset Since { get; set; }
    [Id(1)] public double MaxSpeedKmh { get; set; }
    [Id(2)] public bool Fired { get; set; }
}
