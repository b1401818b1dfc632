using Npgsql;

namespace TitanFleet.Tests.Fixtures;

/// <summary>Reads location history directly, to prove what a 2xx claimed is really in PostgreSQL.</summary>
public static class HistoryQueries
{
    public static async Task<long> CountAsync(string connectionString, Guid vehicleId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM location_history WHERE vehicle_id = @vehicle", connection);
        command.Parameters.AddWithValue("vehicle", vehicleId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<List<(DateTimeOffset FixTime, double Latitude, double Longitude, double? SpeedKmh)>> RowsAsync(string connectionString, Guid vehicleId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT fix_time, latitude, longitude, speed_kmh FROM location_history WHERE vehicle_id = @vehicle ORDER BY fix_time", connection);
        command.Parameters.AddWithValue("vehicle", vehicleId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(DateTimeOffset, double, double, double?)>();
        while (await reader.ReadAsync())
            rows.Add((new DateTimeOffset(reader.GetDateTime(0), TimeSpan.Zero), reader.GetDouble(1), reader.GetDouble(2), reader.IsDBNull(3) ? null : reader.GetDouble(3)));
        return rows;
    }
}
