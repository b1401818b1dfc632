using Microsoft.Extensions.Caching.Memory;
using Npgsql;
using TitanFleet.Grains.Caching;

namespace TitanFleet.Api.Devices;

/// <summary>
/// Device lookups, cached per silo for a minute because every ping authenticates. A registration or
/// revocation invalidates the device on every silo (<see cref="ClusterCacheInvalidator"/>), so the
/// minute only matters if a silo missed that message. The unique id is cached only as the device id
/// it maps to (which never changes), so invalidating the device covers both lookups.
/// </summary>
public sealed class PostgresDeviceStore(NpgsqlDataSource dataSource, IMemoryCache cache) : IDeviceStore, ISiloCache
{
    public const string CacheRegion = PostgresDeviceRegister.EntityType;
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan CacheMissFor = TimeSpan.FromSeconds(5);
    private const string Select = "SELECT id, company_id, vehicle_id, unique_id, token_sha256 FROM devices WHERE revoked_at IS NULL AND ";

    public string Region => CacheRegion;

    public async Task<DeviceRecord?> FindByIdAsync(Guid deviceId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(deviceId), out DeviceRecord? cached)) return cached;
        var device = await QueryAsync($"{Select} id = @value", deviceId, cancellationToken);
        cache.Set(Key(deviceId), device, device is null ? CacheMissFor : CacheFor);
        return device;
    }

    public async Task<DeviceRecord?> FindByUniqueIdAsync(string uniqueId, CancellationToken cancellationToken)
    {
        var key = ("device-unique", uniqueId);
        if (cache.TryGetValue(key, out Guid? deviceId)) return deviceId is { } known ? await FindByIdAsync(known, cancellationToken) : null;
        var device = await QueryAsync($"{Select} unique_id = @value", uniqueId, cancellationToken);
        cache.Set(key, device?.Id, device is null ? CacheMissFor : CacheFor);
        if (device is not null) cache.Set(Key(device.Id), device, CacheFor);
        return device;
    }

    public void Invalidate(Guid id) => cache.Remove(Key(id));

    private static (string, Guid) Key(Guid deviceId) => ("device", deviceId);

    private async Task<DeviceRecord?> QueryAsync<T>(string sql, T value, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<T>("value", value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new DeviceRecord(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), (byte[])reader[4])
            : null;
    }
}
