using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Npgsql;
using TitanFleet.Api.Devices;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.OsmAnd;

/// <summary>
/// Finds the device behind an OsmAnd id, only if its company has the protocol on. Cached per silo
/// like the device store (every ping looks up), misses briefly so a new device works within seconds.
/// A revoked device is invalidated on every silo (<see cref="ClusterCacheInvalidator"/>, the device
/// store's region): the id's entry is found through the device id it was cached with. A company
/// turning the protocol off or on drops every entry at once (<see cref="OsmAndCompanySwitch"/>).
/// </summary>
public sealed class OsmAndDevices(NpgsqlDataSource dataSource, IMemoryCache cache, OsmAndCompanySwitch companySwitch) : ISiloCache
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan CacheMissFor = TimeSpan.FromSeconds(5);

    public string Region => PostgresDeviceStore.CacheRegion;

    /// <param name="uniqueId">An id that passed <see cref="OsmAndDeviceId.Normalise"/>.</param>
    public async Task<OsmAndDevice?> FindAsync(string uniqueId, CancellationToken cancellationToken)
    {
        var key = ("osmand-device", uniqueId);
        if (cache.TryGetValue(key, out OsmAndDevice? cached)) return cached;
        var companyChange = companySwitch.Current;
        await using var command = dataSource.CreateCommand(OsmAndQueries.FindDevice);
        command.Parameters.Add(new NpgsqlParameter<string>("id", uniqueId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var device = await reader.ReadAsync(cancellationToken) ? new OsmAndDevice(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2)) : null;
        cache.Set(key, device, Expiry(device is null ? CacheMissFor : CacheFor, companyChange));
        if (device is not null) cache.Set(("osmand-device-of", device.Id), uniqueId, Expiry(CacheFor, companyChange));
        return device;
    }

    public void Invalidate(Guid id)
    {
        if (!cache.TryGetValue(("osmand-device-of", id), out string? uniqueId) || uniqueId is null) return;
        cache.Remove(("osmand-device", uniqueId));
        cache.Remove(("osmand-device-of", id));
    }

    private static MemoryCacheEntryOptions Expiry(TimeSpan after, IChangeToken companyChange) =>
        new() { AbsoluteExpirationRelativeToNow = after, ExpirationTokens = { companyChange } };
}
