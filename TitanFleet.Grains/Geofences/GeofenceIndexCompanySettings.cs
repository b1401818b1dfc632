using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Company;

namespace TitanFleet.Grains.Geofences;

/// <summary>A company's settings changed (its time zone reads the geofence schedules): rebuild its index too.</summary>
public sealed class GeofenceIndexCompanySettings(GeofenceIndex index) : ISiloCache
{
    public string Region => PostgresCompanyStore.CacheRegion;

    public void Invalidate(Guid id) => index.Invalidate(id);
}
