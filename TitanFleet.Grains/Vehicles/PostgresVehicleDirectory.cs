using Microsoft.Extensions.Caching.Memory;
using Npgsql;
using TitanFleet.Grains.Caching;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// Vehicles in service, cached per silo because every ping consults it. A write to the register
/// invalidates the entry on every silo (<see cref="ClusterCacheInvalidator"/>), so the minute of
/// caching only matters if a silo missed that message.
/// </summary>
public sealed class PostgresVehicleDirectory(NpgsqlDataSource dataSource, IMemoryCache cache) : IVehicleDirectory, ISiloCache
{
    public const string CacheRegion = PostgresVehicleStore.EntityType;
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private const string Select = "SELECT id, company_id, registration, vehicle_type, status FROM vehicles WHERE deleted_at IS NULL AND ";

    public string Region => CacheRegion;

    public async Task<VehicleProfile?> FindAsync(Guid vehicleId, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(Key(vehicleId), out VehicleProfile? cached)) return cached;
        await using var command = dataSource.CreateCommand(Select + "id = @id");
        command.Parameters.AddWithValue("id", vehicleId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var profile = await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        // Unknown ids are cached briefly too, so a misconfigured device cannot hammer the database.
        cache.Set(Key(vehicleId), profile, profile is null ? TimeSpan.FromSeconds(5) : CacheFor);
        return profile;
    }

    public async Task<IReadOnlyList<VehicleProfile>> ListCompanyAsync(Guid companyId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Select + "company_id = @company ORDER BY registration");
        command.Parameters.AddWithValue("company", companyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var vehicles = new List<VehicleProfile>();
        while (await reader.ReadAsync(cancellationToken)) vehicles.Add(Read(reader));
        return vehicles;
    }

    public void Invalidate(Guid id) => cache.Remove(Key(id));

    private static (string, Guid) Key(Guid vehicleId) => ("vehicle", vehicleId);

    private static VehicleProfile Read(NpgsqlDataReader reader) =>
        new(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
}
