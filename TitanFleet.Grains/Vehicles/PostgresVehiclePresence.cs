using Npgsql;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Vehicles;

/// <summary>Which silo watches each online vehicle (sql/0161), so a survivor can take over a dead silo's vehicles.</summary>
public sealed class PostgresVehiclePresence(NpgsqlDataSource dataSource)
{
    public async Task MarkAsync(Guid vehicleId, string silo, DateTimeOffset since)
    {
        await using var command = dataSource.CreateCommand(VehiclePresenceQueries.Mark);
        command.Parameters.AddWithValue("vehicle", vehicleId);
        command.Parameters.AddWithValue("silo", silo);
        command.Parameters.AddWithValue("since", since);
        await command.ExecuteNonQueryAsync();
    }

    public async Task ClearAsync(Guid vehicleId)
    {
        await using var command = dataSource.CreateCommand(VehiclePresenceQueries.Clear);
        command.Parameters.AddWithValue("vehicle", vehicleId);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every silo some online vehicle's row names.</summary>
    public async Task<IReadOnlyList<string>> SilosAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(VehiclePresenceQueries.Silos);
        var silos = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) silos.Add(reader.GetString(0));
        return silos;
    }

    public async Task<IReadOnlyList<OrphanedVehicle>> OfSilosAsync(string[] silos, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(VehiclePresenceQueries.OfSilos);
        command.Parameters.AddWithValue("silos", silos);
        command.Parameters.AddWithValue("limit", limit);
        var found = new List<OrphanedVehicle>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            found.Add(new OrphanedVehicle(reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1)));
        return found;
    }
}
