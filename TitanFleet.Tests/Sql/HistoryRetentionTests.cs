using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Silo.Database;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Sql;

/// <summary>The partition upkeep drops whole months past the retention period, as the silo's own role, and nothing newer.</summary>
public sealed class HistoryRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EnsureAsync_FifteenMonthRetention_DropsMonthsWhollyOlderKeepsTheRest()
    {
        await using var database = new TestDatabase("retention");
        await DatabaseMigrator.MigrateAsync(database.ConnectionString, NullLogger.Instance);
        await ExecuteAsync(database.ConnectionString, "SELECT ensure_location_history_partitions('2025-01-01', '2026-11-01')");
        var vehicle = Guid.NewGuid();
        foreach (var fixTime in new[] { "2025-07-31 23:59:59+00", "2025-08-01 00:00:00+00", "2025-09-15 12:00:00+00", "2026-11-30 11:00:00+00" })
        {
            await ExecuteAsync(database.ConnectionString, $"""
                INSERT INTO location_history (vehicle_id, fix_time, source_id, company_id, latitude, longitude)
                VALUES ('{vehicle}', '{fixTime}', gen_random_uuid(), gen_random_uuid(), 51.5, -0.1)
                """);
        }
        var asApplication = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Options = $"-c role={PostgresConnectionString.ApplicationRole}" };
        await using var dataSource = NpgsqlDataSource.Create(asApplication.ConnectionString);
        var upkeep = new PartitionMaintenance(dataSource, Options.Create(new HistoryRetentionOptions { RetentionMonths = 15 }),
            Options.Create(new EventRetentionOptions()), new FixedTime(Now),
            NullLogger<PartitionMaintenance>.Instance);

        await upkeep.EnsureAsync(CancellationToken.None);

        var partitions = await QueryAsync(database.ConnectionString,
            "SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'location_history'::regclass ORDER BY 1");
        Assert.DoesNotContain("location_history_202501", partitions);
        Assert.DoesNotContain("location_history_202507", partitions);
        Assert.Contains("location_history_202508", partitions);
        Assert.Contains("location_history_202611", partitions);
        Assert.Equal(["2025-08-01", "2025-09-15", "2026-11-30"], await QueryAsync(database.ConnectionString,
            "SELECT to_char(fix_time AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM location_history ORDER BY fix_time"));
        Assert.Empty(await QueryAsync(database.ConnectionString, "SELECT relname::text FROM pg_class WHERE relname IN ('location_history_202501', 'location_history_202507')"));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(15, true)]
    [InlineData(HistoryRetentionOptionsValidator.MaxRetentionMonths, true)]
    [InlineData(HistoryRetentionOptionsValidator.MaxRetentionMonths + 1, false)]
    public void Validate_RetentionMonths_AcceptsOnlyTheSupportedRange(int months, bool valid)
    {
        var result = new HistoryRetentionOptionsValidator().Validate(null, new HistoryRetentionOptions { RetentionMonths = months });

        Assert.Equal(valid, result.Succeeded);
        if (!valid) Assert.Contains("History:RetentionMonths", result.FailureMessage);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
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
