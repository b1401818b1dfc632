using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace TitanFleet.Grains.Vehicles;

public sealed class PostgresVehicleDirectory(NpgsqlDataSource dataSource, IMemoryCache cache) : IVehicleDirectory
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    public async Task<VehicleProfile?> FindAsync(Guid vehicleId, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(("vehicle", vehicleId), out VehicleProfile? cached)) return cached;
        await using var command = dataSource.CreateCommand(
            "SELECT id, company_id, registration FROM vehicles WHERE id = @id AND deleted_at IS NULL");
        command.Parameters.AddWithValue("id", vehicleId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var profile = await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        // Unknown ids are cached briefly too, so a misconfigured device cannot hammer the database.
        cache.Set(("vehicle", vehicleId), profile, profile is null ? TimeSpan.FromSeconds(5) : CacheFor);
        return profile;
    }

    public async Task<IReadOnlyList<VehicleProfile>> ListCompanyAsync(Guid companyId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, company_id, registration FROM vehicles WHERE company_id = @company AND deleted_at IS NULL ORDER BY registration");
        command.Parameters.AddWithValue("company", companyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var vehicles = new List<VehicleProfile>();
        while (await reader.ReadAsync(cancellationToken)) vehicles.Add(Read(reader));
        return vehicles;
    }

    private static VehicleProfile Read(NpgsqlDataReader reader) => new(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2));
}
