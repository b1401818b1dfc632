using TitanFleet.Grains.Geofences;

namespace TitanFleet.Grains.Vehicles;

/// <summary>The speed limit that applies to a vehicle at one fix, and where it comes from.</summary>
public readonly record struct SpeedLimit(int Kmh, string Source, Guid? GeofenceId = null)
{
    public const string VehicleTypeSource = "vehicleType";
    public const string GeofenceSource = "geofence";

    /// <summary>
    /// The lowest of the vehicle type's company limit and the limits of the active geofences the fix
    /// is inside; a geofence wins only when strictly lower. Null when nothing limits the vehicle.
    /// </summary>
    public static SpeedLimit? Lowest(int? typeLimitKmh, IReadOnlyList<IndexedGeofence> inside)
    {
        SpeedLimit? lowest = typeLimitKmh is { } typeLimit ? new SpeedLimit(typeLimit, VehicleTypeSource) : null;
        foreach (var geofence in inside)
        {
            if (geofence.Rules.SpeedLimitKmh is { } limit && (lowest is null || limit < lowest.Value.Kmh))
                lowest = new SpeedLimit(limit, GeofenceSource, geofence.Id);
        }
        return lowest;
    }
}
