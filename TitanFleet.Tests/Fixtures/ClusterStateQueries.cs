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

    /// <summary>Grain state rows holding a payload (vehicle grains are the only persistent grains).</summary>
    public static async Task<long> StoredGrainStatesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM orleans_grain_state WHERE payload IS NOT NULL", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
