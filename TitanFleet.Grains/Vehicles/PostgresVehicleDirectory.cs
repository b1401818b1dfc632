using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// Vehicles in service, cached per silo until a write changes them because every ping consults it.
/// A write to the register invalidates the entry on every silo (<see cref="ClusterCacheInvalidator"/>).
/// </summary>
public sealed class PostgresVehicleDirectory(NpgsqlDataSource dataSource, IOptions<SiloCacheOptions> cacheOptions) : IVehicleDirectory, ISiloCache, IDisposable
{
    public const string CacheRegion = PostgresVehicleStore.EntityType;
    private readonly BoundedSiloCache<Guid, VehicleProfile> _cache = new(cacheOptions);

    public string Region => CacheRegion;

    public async Task<VehicleProfile?> FindAsync(Guid vehicleId, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGet(vehicleId, out var cached)) return cached;
        var version = _cache.Version;
        await using var command = dataSource.CreateCommand(VehicleQueries.DirectoryFind);
        command.Parameters.AddWithValue("id", vehicleId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var profile = await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        // Unknown ids are cached briefly too, so a misconfigured device cannot hammer the database.
        _cache.Set(vehicleId, profile, version);
        return profile;
    }

    public async Task<IReadOnlyList<VehicleProfile>> ListCompanyAsync(Guid companyId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(VehicleQueries.DirectoryListCompany);
        command.Parameters.AddWithValue("company", companyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var vehicles = new List<VehicleProfile>();
        while (await reader.ReadAsync(cancellationToken)) vehicles.Add(Read(reader));
        return vehicles;
    }

    public void Invalidate(Guid id) => _cache.Invalidate(id);

    public void Dispose() => _cache.Dispose();

    private static VehicleProfile Read(NpgsqlDataReader reader) =>
        new(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), VehicleTypes.Shared(reader.GetString(3)), VehicleRecordStatuses.Shared(reader.GetString(4)));
}
