using Npgsql;

namespace TitanFleet.Tests.Checks;

/// <summary>Reads the checks tables directly, to prove what a response claimed is what PostgreSQL holds (and that a refusal wrote nothing).</summary>
public static class CheckQueries
{
    public static async Task<long> InspectionCountAsync(string connectionString, Guid vehicleId) =>
        await ScalarAsync<long>(connectionString, "SELECT count(*) FROM inspections WHERE vehicle_id = @id", vehicleId);

    public static async Task<long> DefectCountAsync(string connectionString, Guid vehicleId) =>
        await ScalarAsync<long>(connectionString, "SELECT count(*) FROM defects WHERE vehicle_id = @id", vehicleId);

    public static async Task<(string Category, string Description, string Severity, string Status, Guid? InspectionId, int? OdometerKm, Guid[] Photos)> DefectAsync(
        string connectionString, Guid defectId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT category, description, severity, status, inspection_id, odometer_km, photo_file_ids FROM defects WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", defectId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No defect {defectId}");
        return (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetGuid(4), reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.GetFieldValue<Guid[]>(6));
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
