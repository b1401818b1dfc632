using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Caching;

namespace TitanFleet.Grains.Geofences;

/// <summary>
/// This silo's spatial index, one <see cref="CompanyGeofences"/> per company, loaded from PostgreSQL
/// on the first position that needs it. A geofence write anywhere in the cluster invalidates the
/// company on every silo (<see cref="ClusterCacheInvalidator"/>, keyed by company id) before its
/// response, and the next position reloads it; nothing expires on a timer in between.
/// </summary>
public sealed partial class GeofenceIndex(PostgresGeofenceStore store, ILogger<GeofenceIndex> logger) : ISiloCache
{
    /// <summary>The invalidation region; its ids are company ids, since the index is built per company.</summary>
    public const string CacheRegion = "geofence-index";

    private readonly ConcurrentDictionary<Guid, Lazy<Task<CompanyGeofences>>> _companies = new();

    public string Region => CacheRegion;

    public ValueTask<CompanyGeofences> ForCompanyAsync(Guid companyId)
    {
        var entry = _companies.GetOrAdd(companyId, id => new Lazy<Task<CompanyGeofences>>(() => LoadAsync(id)));
        var load = entry.Value;
        return load.IsCompletedSuccessfully ? new(load.Result) : new(AwaitAsync(companyId, entry, load));
    }

    public void Invalidate(Guid id) => _companies.TryRemove(id, out _);

    private async Task<CompanyGeofences> AwaitAsync(Guid companyId, Lazy<Task<CompanyGeofences>> entry, Task<CompanyGeofences> load)
    {
        try
        {
            return await load;
        }
        catch
        {
            // A failed load is not cached: the next position tries again.
            _companies.TryRemove(KeyValuePair.Create(companyId, entry));
            throw;
        }
    }

    private async Task<CompanyGeofences> LoadAsync(Guid companyId)
    {
        var (active, timeZoneId) = await store.LoadActiveAsync(companyId, CancellationToken.None);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var timeZone))
        {
            LogUnknownTimeZone(timeZoneId, companyId);
            timeZone = TimeZoneInfo.Utc;
        }
        var geofences = new CompanyGeofences(active.Select(record => new IndexedGeofence(record)), timeZone);
        LogLoaded(companyId, geofences.Count);
        return geofences;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Geofence index of company {CompanyId} loaded: {Count} active geofences")]
    private partial void LogLoaded(Guid companyId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Time zone {TimeZone} of company {CompanyId} is unknown on this silo; geofence schedules are read in UTC")]
    private partial void LogUnknownTimeZone(string timeZone, Guid companyId);
}
