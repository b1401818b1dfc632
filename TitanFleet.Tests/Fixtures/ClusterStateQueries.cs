using Npgsql;

namespace TitanFleet.Tests.Fixtures;

public static class ClusterStateQueries
{
    private const int SiloStatusDead = 6;

    public static async Task<bool> AllSilosDeadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FILTER (WHERE status <> @dead), count(*) FROM orleans_membership", connection);
        command.Parameters.AddWithValue("dead", SiloStatusDead);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetInt64(1) > 0 && reader.GetInt64(0) == 0;
    }

    /// <summary>Vehicle live-state snapshots written (sql/0165).</summary>
    public static async Task<long> StoredVehicleStatesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM vehicle_live_state", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>When the vehicle's live-state snapshot (sql/0165) was last written; null when it has none.</summary>
    public static async Task<DateTime?> LiveStateWrittenAtAsync(string connectionString, Guid vehicleId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT written_at FROM vehicle_live_state WHERE vehicle_id = @vehicle", connection);
        command.Parameters.AddWithValue("vehicle", vehicleId);
        return await command.ExecuteScalarAsync() as DateTime?;
    }

    /// <summary>Waits (a few seconds at most) for a live-state write newer than <paramref name="after"/>; grouped writes land a moment after the ping.</summary>
    public static async Task<DateTime?> WaitForLiveStateAsync(string connectionString, Guid vehicleId, DateTime? after)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var written = await LiveStateWrittenAtAsync(connectionString, vehicleId);
            if (written is not null && (after is null || written > after)) return written;
            await Task.Delay(100);
        }
        return await LiveStateWrittenAtAsync(connectionString, vehicleId);
    }
}
