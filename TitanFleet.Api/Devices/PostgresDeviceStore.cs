using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.Devices;

/// <summary>
/// Device lookups, cached per silo until a write changes them because every ping authenticates. A
/// registration or revocation invalidates the device on every silo (<see cref="ClusterCacheInvalidator"/>).
/// The unique id is cached only as the device id it maps to (which never changes), so invalidating
/// the device covers both lookups.
/// </summary>
public sealed class PostgresDeviceStore(NpgsqlDataSource dataSource, IOptions<SiloCacheOptions> cacheOptions) : IDeviceStore, ISiloCache, IDisposable
{
    public const string CacheRegion = PostgresDeviceRegister.EntityType;
    private readonly BoundedSiloCache<Guid, DeviceRecord> _byId = new(cacheOptions);
    private readonly BoundedSiloCache<string, Guid?> _byUniqueId = new(cacheOptions);

    public string Region => CacheRegion;

    public async Task<DeviceRecord?> FindByIdAsync(Guid deviceId, CancellationToken cancellationToken)
    {
        if (_byId.TryGet(deviceId, out var cached)) return cached;
        var version = _byId.Version;
        var device = await QueryAsync(DeviceQueries.FindActiveById, "id", deviceId, cancellationToken);
        _byId.Set(deviceId, device, version);
        return device;
    }

    public async Task<DeviceRecord?> FindByUniqueIdAsync(string uniqueId, CancellationToken cancellationToken)
    {
        if (_byUniqueId.TryGet(uniqueId, out var deviceId)) return deviceId is { } known ? await FindByIdAsync(known, cancellationToken) : null;
        var version = _byId.Version;
        var device = await QueryAsync(DeviceQueries.FindActiveByUniqueId, "uniqueId", uniqueId, cancellationToken);
        _byUniqueId.Set(uniqueId, device?.Id, version: _byUniqueId.Version);
        if (device is not null) _byId.Set(device.Id, device, version);
        return device;
    }

    public void Invalidate(Guid id) => _byId.Invalidate(id);

    public void Dispose()
    {
        _byId.Dispose();
        _byUniqueId.Dispose();
    }

    private async Task<DeviceRecord?> QueryAsync<T>(NamedQuery query, string parameter, T value, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(query);
        command.Parameters.Add(new NpgsqlParameter<T>(parameter, value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new DeviceRecord(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), (byte[])reader[4])
            : null;
    }
}
