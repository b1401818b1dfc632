using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Api.Devices;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.OsmAnd;

/// <summary>
/// Finds the device behind an OsmAnd id, only if its company has the protocol on. Cached per silo
/// until a write changes it, like the device store (every ping looks up, and a tracker posting every
/// few minutes would otherwise find a timed-out entry on most posts); misses briefly, so a new device
/// works within seconds. An id maps to one device for good (ids are never reused, even after a
/// revocation), so a revoked device is invalidated on every silo by its device id
/// (<see cref="ClusterCacheInvalidator"/>, the device store's region). A company turning the protocol
/// off or on drops every entry at once (<see cref="OsmAndCompanySwitch"/>).
/// </summary>
public sealed class OsmAndDevices(NpgsqlDataSource dataSource, IOptions<SiloCacheOptions> cacheOptions, TimeProvider time) : ISiloCache, IDisposable
{
    private readonly BoundedSiloCache<string, Guid?> _deviceIdOf = new(cacheOptions, time);
    private readonly BoundedSiloCache<Guid, OsmAndDevice> _byId = new(cacheOptions, time);

    public string Region => PostgresDeviceStore.CacheRegion;

    /// <param name="uniqueId">An id that passed <see cref="OsmAndDeviceId.Normalise"/>.</param>
    public async Task<OsmAndDevice?> FindAsync(string uniqueId, CancellationToken cancellationToken)
    {
        if (_deviceIdOf.TryGet(uniqueId, out var deviceId))
        {
            if (deviceId is not { } known) return null;
            if (_byId.TryGet(known, out var cached)) return cached;
        }
        var idVersion = _deviceIdOf.Version;
        var deviceVersion = _byId.Version;
        await using var command = dataSource.CreateCommand(OsmAndQueries.FindDevice);
        command.Parameters.Add(new NpgsqlParameter<string>("id", uniqueId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var device = await reader.ReadAsync(cancellationToken) ? new OsmAndDevice(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2)) : null;
        _deviceIdOf.Set(uniqueId, device?.Id, idVersion);
        if (device is not null) _byId.Set(device.Id, device, deviceVersion);
        return device;
    }

    public void Invalidate(Guid id) => _byId.Invalidate(id);

    /// <summary>Forgets every device: a company switched the protocol off or on.</summary>
    public void Clear()
    {
        _byId.Clear();
        _deviceIdOf.Clear();
    }

    public void Dispose()
    {
        _deviceIdOf.Dispose();
        _byId.Dispose();
    }
}
