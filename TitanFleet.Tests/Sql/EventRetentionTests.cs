using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Silo.Database;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Sql;

/// <summary>
/// The partition upkeep keeps fleet_events months ahead and drops whole months past the events'
/// own retention period, as the silo's role, independently of the location history's.
/// </summary>
public sealed class EventRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EnsureAsync_FifteenMonthEventRetention_DropsEventMonthsWhollyOlderKeepsRestAndHistory()
    {
        await using var database = new TestDatabase("eventretention");
        await DatabaseMigrator.MigrateAsync(database.ConnectionString, NullLogger.Instance);
        await ExecuteAsync(database.ConnectionString, """
            SELECT ensure_fleet_events_partitions('2025-01-01', '2026-11-01');
            SELECT ensure_location_history_partitions('2025-01-01', '2025-01-01');
            """);
        var company = Guid.NewGuid();
        await ExecuteAsync(database.ConnectionString, $"INSERT INTO companies (id, name) VALUES ('{company}', 'Retention Ltd')");
        foreach (var occurredAt in new[] { "2025-07-31 23:59:59+00", "2025-08-01 00:00:00+00", "2025-09-15 12:00:00+00", "2026-11-30 11:00:00+00" })
        {
            await ExecuteAsync(database.ConnectionString, $"""
                INSERT INTO fleet_events (id, occurred_at, company_id, type, summary)
                VALUES (gen_random_uuid(), '{occurredAt}', '{company}', 'shiftStarted', 'Shift started')
                """);
        }
        var asApplication = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Options = $"-c role={PostgresConnectionString.ApplicationRole}" };
        await using var dataSource = NpgsqlDataSource.Create(asApplication.ConnectionString);
        var upkeep = new PartitionMaintenance(dataSource,
            Options.Create(new HistoryRetentionOptions { RetentionMonths = 24 }),
            Options.Create(new EventRetentionOptions { RetentionMonths = 15 }),
            new FixedTime(Now), NullLogger<PartitionMaintenance>.Instance);

        await upkeep.EnsureAsync(CancellationToken.None);

        var partitions = await QueryAsync(database.ConnectionString,
            "SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'fleet_events'::regclass ORDER BY 1");
        Assert.DoesNotContain("fleet_events_202501", partitions);
        Assert.DoesNotContain("fleet_events_202507", partitions);
        Assert.Contains("fleet_events_202508", partitions);
        Assert.Contains("fleet_events_202702", partitions);
        Assert.Equal(["2025-08-01", "2025-09-15", "2026-11-30"], await QueryAsync(database.ConnectionString,
            "SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM fleet_events ORDER BY occurred_at"));
        Assert.Empty(await QueryAsync(database.ConnectionString, "SELECT relname::text FROM pg_class WHERE relname IN ('fleet_events_202501', 'fleet_events_202507')"));
        Assert.Contains("location_history_202501", await QueryAsync(database.ConnectionString,
            "SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'location_history'::regclass"));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(15, true)]
    [InlineData(EventRetentionOptionsValidator.MaxRetentionMonths + 1, false)]
    public void Validate_EventRetentionMonths_AcceptsOnlyTheSupportedRange(int months, bool valid)
    {
        var result = new EventRetentionOptionsValidator().Validate(null, new EventRetentionOptions { RetentionMonths = months });

        Assert.Equal(valid, result.Succeeded);
        if (!valid) Assert.Contains("Events:RetentionMonths", result.FailureMessage);
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
