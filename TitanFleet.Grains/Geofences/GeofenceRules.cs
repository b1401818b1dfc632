namespace TitanFleet.Grains.Geofences;

/// <summary>
/// Which crossings alert. An enter counts only once the vehicle has been inside for
/// <see cref="MinDwellSeconds"/> (fix time), so a vehicle passing on a nearby road fires nothing;
/// with a <see cref="Schedule"/>, only crossings inside it alert. <see cref="SpeedLimitKmh"/>, when set,
/// caps the speed limit of every vehicle inside (the lower of it and the vehicle type's limit applies).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record GeofenceRules(
    [property: Id(0)] bool AlertOnEnter,
    [property: Id(1)] bool AlertOnExit,
    [property: Id(2)] int MinDwellSeconds,
    [property: Id(3)] GeofenceSchedule? Schedule,
    [property: Id(4)] int? SpeedLimitKmh = null)
{
    public const int MaxDwellSeconds = 86_400;
    public const int MinSpeedLimitKmh = 1;
    public const int MaxSpeedLimitKmh = 200;
}
