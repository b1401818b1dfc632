using Npgsql;

namespace TitanFleet.Tests.Fixtures;

/// <summary>
/// The PostgreSQL server the tests use: TITANFLEET_TEST_POSTGRES when set (CI's service), else the
/// local cluster scripts/postgres.sh starts. Each fixture gets a fresh database of its own.
/// </summary>
public static class TestPostgres
{
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("TITANFLEET_TEST_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=55432;Username=postgres";

    /// <summary>A connection string to a database name no other fixture uses; the silo creates and migrates it.</summary>
    public static string NewDatabase(string purpose) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = $"tf_test_{purpose}_{Guid.NewGuid():N}" }.ConnectionString;

    /// <summary>Drops a test database once its silos are gone, so repeated runs do not pile databases up.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{target.Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
