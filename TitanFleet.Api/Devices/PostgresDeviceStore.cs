using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace TitanFleet.Api.Devices;

/// <summary>Device lookups, cached per silo for a minute because every ping authenticates.</summary>
public sealed class PostgresDeviceStore(NpgsqlDataSource dataSource, IMemoryCache cache) : IDeviceStore
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan CacheMissFor = TimeSpan.FromSeconds(5);
    private const string Select = "SELECT id, company_id, vehicle_id, unique_id, token_sha256 FROM devices WHERE revoked_at IS NULL AND ";

    public Task<DeviceRecord?> FindByIdAsync(Guid deviceId, CancellationToken cancellationToken) =>
        CachedAsync(("device", deviceId), $"{Select} id = @value", deviceId, cancellationToken);

    public Task<DeviceRecord?> FindByUniqueIdAsync(string uniqueId, CancellationToken cancellationToken) =>
        CachedAsync(("device-unique", uniqueId), $"{Select} unique_id = @value", uniqueId, cancellationToken);

    private async Task<DeviceRecord?> CachedAsync<T>(object key, string sql, T value, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(key, out DeviceRecord? cached)) return cached;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<T>("value", value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        DeviceRecord? device = await reader.ReadAsync(cancellationToken)
            ? new DeviceRecord(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), (byte[])reader[4])
            : null;
        cache.Set(key, device, device is null ? CacheMissFor : CacheFor);
        return device;
    }
}
