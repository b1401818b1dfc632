namespace TitanFleet.Grains.Geofences;

/// <summary>
/// A counted crossing as the geofence's occupancy sees it: the vehicle is inside since <paramref name="Since"/>
/// (an enter) or no longer inside (an exit). Travels with the vehicle's events to the silo's event writer.
/// </summary>
public sealed record GeofenceOccupancyChange(Guid GeofenceId, Guid CompanyId, Guid VehicleId, string Registration, bool Entered, DateTimeOffset Since);
