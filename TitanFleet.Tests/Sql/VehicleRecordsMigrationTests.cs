using DbUp;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TitanFleet.Silo.Database;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Sql;

/// <summary>sql/0020-0022 on a database that already holds vehicles the way earlier releases stored them.</summary>
public sealed class VehicleRecordsMigrationTests
{
    [Fact]
    public async Task Migrate_VehiclesStoredBefore0021_RegistrationNormalisedDeletedOnesRetired()
    {
        await using var database = new TestDatabase("records");
        ApplyUpTo(database.ConnectionString, "sql/0020");
        var company = Guid.NewGuid();
        var (live, deleted) = (Guid.NewGuid(), Guid.NewGuid());
        await ExecuteAsync(database.ConnectionString, $"""
            INSERT INTO companies (id, name) VALUES ('{company}', 'Legacy Ltd');
            INSERT INTO vehicles (id, company_id, registration, vehicle_type) VALUES ('{live}', '{company}', 'ab12 cde', 'hgv');
            INSERT INTO vehicles (id, company_id, registration, vehicle_type, deleted_at) VALUES ('{deleted}', '{company}', 'XY99 ZZZ', 'van', now());
            """);

        await DatabaseMigrator.MigrateAsync(database.ConnectionString, NullLogger.Instance);

        Assert.Equal(["AB12CDE|active|1", "XY99ZZZ|retired|1"], await QueryAsync(database.ConnectionString,
            "SELECT registration || '|' || status || '|' || version FROM vehicles ORDER BY registration"));
    }

    [Fact]
    public async Task EnsurePartitions_AsApplicationRole_CreatesThePartition()
    {
        await using var database = new TestDatabase("role");
        await DatabaseMigrator.MigrateAsync(database.ConnectionString, NullLogger.Instance);
        var asApplication = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Options = $"-c role={PostgresConnectionString.ApplicationRole}" };
        var month = DateTime.UtcNow.AddYears(3);

        await ExecuteAsync(asApplication.ConnectionString, $"SELECT ensure_monthly_partitions('location_history', '{month:yyyy-MM-dd}', '{month:yyyy-MM-dd}')");

        Assert.Contains($"location_history_{month:yyyyMM}", await QueryAsync(database.ConnectionString,
            "SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'location_history'::regclass"));
    }

    private static void ApplyUpTo(string connectionString, string firstExcluded)
    {
        EnsureDatabase.For.PostgresqlDatabase(connectionString);
        var result = DeployChanges.To.PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly,
                name => name.StartsWith("sql/", StringComparison.Ordinal) && string.CompareOrdinal(name, firstExcluded) < 0)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        Assert.True(result.Successful, result.Error?.ToString());
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
