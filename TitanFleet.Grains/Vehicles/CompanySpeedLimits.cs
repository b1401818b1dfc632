using TitanFleet.Grains.Geofences;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// What decides a company's speed limits: its limit per vehicle type and its geofences' caps, and
/// how long above them counts (<see cref="OverspeedMinDuration"/>, null for the server's default).
/// </summary>
public sealed class CompanySpeedLimits(IReadOnlyDictionary<string, int> byVehicleType, CompanyGeofences geofences, TimeSpan? overspeedMinDuration = null)
{
    public static readonly CompanySpeedLimits None = new(new Dictionary<string, int>(), CompanyGeofences.Empty);

    public TimeSpan? OverspeedMinDuration => overspeedMinDuration;

    public SpeedLimit? At(string vehicleType, double latitude, double longitude) => SpeedLimit.Lowest(
        byVehicleType.TryGetValue(vehicleType, out var limit) ? limit : null,
        geofences.HasSpeedLimits ? geofences.Containing(latitude, longitude) : []);
}
