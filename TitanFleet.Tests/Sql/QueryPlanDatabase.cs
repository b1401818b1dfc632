using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TitanFleet.Silo.Database;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Sql;

/// <summary>
/// One migrated database seeded at realistic volume (QueryPlanSeed.sql: 1,000,000 history rows,
/// 100,000 checks, defects and timesheets over 200 companies, then ANALYZE), shared by the plan
/// and index-map tests. Seeding is set-based; foreign-key triggers are skipped while it runs
/// (session_replication_role) because the seed computes its ids and cannot break them.
/// </summary>
public sealed class QueryPlanDatabase : IAsyncLifetime
{
    private readonly TestDatabase _database = new("plans");

    public string ConnectionString => _database.ConnectionString;

    /// <summary>How long migrating and seeding took, reported by the plan test's output.</summary>
    public TimeSpan SeedTime { get; private set; }

    public async Task InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        await DatabaseMigrator.MigrateAsync(ConnectionString, NullLogger.Instance);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }
        await using (var seed = new NpgsqlCommand(await File.ReadAllTextAsync(RepoRoot.Combine("TitanFleet.Tests/Sql/QueryPlanSeed.sql")), connection))
        {
            seed.CommandTimeout = 900;
            await seed.ExecuteNonQueryAsync();
        }
        SeedTime = stopwatch.Elapsed;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class QueryPlanCollection : ICollectionFixture<QueryPlanDatabase>
{
    public const string Name = "Query plans";
}
