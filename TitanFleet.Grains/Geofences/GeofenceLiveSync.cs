using TitanFleet.Grains.Caching;

namespace TitanFleet.Grains.Geofences;

/// <summary>
/// After a geofence write: every silo drops its company's spatial index (the next position reloads
/// it) and the geofence grain re-reads its definition, all before the write's response.
/// </summary>
public sealed class GeofenceLiveSync(ClusterCacheInvalidator invalidator, IGrainFactory grains)
{
    public async Task ApplyAsync(GeofenceRecord record)
    {
        await invalidator.InvalidateAsync(GeofenceIndex.CacheRegion, record.CompanyId);
        await grains.GetGrain<IGeofenceGrain>(record.Id).RefreshAsync();
    }
}
