namespace TitanFleet.Grains.Geofences;

/// <summary>One geofence, keyed by its id: its definition and who is inside it now (written by the vehicles' event groups).</summary>
public interface IGeofenceGrain : IGrainWithGuidKey
{
    Task<GeofenceView> GetAsync();

    /// <summary>The stored definition changed: read it again (a deleted or deactivated geofence has nobody inside).</summary>
    Task RefreshAsync();
}
