using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TitanFleet.Silo.Database;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Sql;

public sealed class MigrationTests
{
    private static readonly string[] OrleansQueryKeys =
    [
        "GatewaysQueryKey", "MembershipReadRowKey", "MembershipReadAllKey", "InsertMembershipVersionKey", "UpdateIAmAlivetimeKey",
        "InsertMembershipKey", "UpdateMembershipKey", "DeleteMembershipTableEntriesKey", "CleanupDefunctSiloEntriesKey",
        "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey",
        "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "UpsertReminderRowKey", "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    [Fact]
    public async Task Migrate_ThreeSilosAtOnceOnNewDatabase_AppliesEachScriptExactlyOnce()
    {
        await using var database = new TestDatabase("migrate");
        var connectionString = database.ConnectionString;

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance)));

        var scripts = await QueryAsync(connectionString, "SELECT scriptname FROM schemaversions");
        Assert.Equal(scripts.Distinct().Count(), scripts.Count);
        Assert.Equal(Directory.GetFiles(RepoRoot.Combine("sql"), "*.sql").Length, scripts.Count);
    }

    [Fact]
    public async Task Migrate_Applied_EveryOrleansProviderQueryPresent()
    {
        await using var database = new TestDatabase("queries");
        var connectionString = database.ConnectionString;

        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);

        var keys = await QueryAsync(connectionString, "SELECT querykey FROM orleansquery");
        Assert.Empty(OrleansQueryKeys.Except(keys));
    }

    [Fact]
    public async Task Migrate_Applied_LocationHistoryHasPartitionsAroundNow()
    {
        await using var database = new TestDatabase("partitions");
        var connectionString = database.ConnectionString;

        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);

        var partitions = await QueryAsync(connectionString, "SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'location_history'::regclass");
        Assert.Contains($"location_history_{DateTime.UtcNow:yyyyMM}", partitions);
        Assert.Contains($"location_history_{DateTime.UtcNow.AddMonths(1):yyyyMM}", partitions);
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
