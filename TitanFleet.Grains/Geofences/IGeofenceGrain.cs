namespace TitanFleet.Grains.Geofences;

/// <summary>One geofence, keyed by its id: its definition and its live occupancy, told by the vehicles that cross it.</summary>
public interface IGeofenceGrain : IGrainWithGuidKey
{
    Task<GeofenceView> GetAsync();

    Task VehicleEnteredAsync(GeofenceOccupant occupant);

    Task VehicleExitedAsync(Guid vehicleId);

    /// <summary>The stored definition changed: read it again (a deleted or deactivated geofence has nobody inside).</summary>
    Task RefreshAsync();
}
