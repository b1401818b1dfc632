using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using TitanFleet.Silo.Database;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Sql;

/// <summary>
/// The partition upkeep, for every monthly-partitioned table: it keeps months ahead, and drops whole
/// months past that table's own retention (never rows, never another table's months), as the silo's
/// own role; the database refuses to drop a month younger than the table's minimum, whoever asks.
/// </summary>
public sealed class PartitionRetentionTests(MigratedTemplateDatabase template) : IClassFixture<MigratedTemplateDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Company = Guid.NewGuid();

    /// <summary>One row of each table at @at, for company @company.</summary>
    private static readonly Dictionary<string, (string TimeColumn, string Insert)> Rows = new()
    {
        ["location_history"] = ("fix_time", """
            INSERT INTO location_history (vehicle_id, fix_time, source_id, company_id, latitude, longitude)
            VALUES (gen_random_uuid(), @at, gen_random_uuid(), @company, 51.5, -0.1)
            """),
        ["fleet_events"] = ("occurred_at", """
            INSERT INTO fleet_events (id, occurred_at, company_id, type, summary)
            VALUES (gen_random_uuid(), @at, @company, 'shiftStarted', 'Shift started')
            """),
        ["audit_log"] = ("occurred_at", """
            INSERT INTO audit_log (company_id, action, entity_type, entity_id, changes, occurred_at)
            VALUES (@company, 'create', 'vehicle', gen_random_uuid(), '{}', @at)
            """),
        ["notifications"] = ("event_occurred_at", """
            INSERT INTO notifications (id, company_id, user_id, event_id, event_occurred_at, event_type, summary)
            SELECT gen_random_uuid(), @company, id, gen_random_uuid(), @at, 'shiftStarted', 'Shift started' FROM users WHERE company_id = @company
            """),
    };

    public static TheoryData<string> Tables => [.. PartitionedTable.All.Select(table => table.Name)];

    [Fact]
    public void Rows_EveryPartitionedTable_HasATestRow() =>
        Assert.Equal(PartitionedTable.All.Select(table => table.Name).Order(), Rows.Keys.Order());

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task EnsureAsync_DefaultRetention_DropsWhollyOlderMonthsOfThatTableOnly(string name)
    {
        var table = PartitionedTable.Find(name)!;
        await using var database = await MigratedDatabaseAsync();
        var cutoffMonth = new DateTimeOffset(Now.Year, Now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-table.DefaultRetentionMonths);
        foreach (var at in new[] { cutoffMonth.AddSeconds(-1), cutoffMonth, cutoffMonth.AddDays(45), Now.AddHours(-1) })
            await InsertAsync(database.ConnectionString, name, at);
        var otherTablesKeepAll = PartitionedTable.All.Where(other => other != table)
            .ToDictionary(other => $"{other.Section}:RetentionMonths", other => (string?)PartitionedTable.MaxRetentionMonths.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await UpkeepAsApplication(database.ConnectionString, otherTablesKeepAll).EnsureAsync(CancellationToken.None);

        var partitions = await PartitionsAsync(database.ConnectionString, name);
        Assert.DoesNotContain($"{name}_{cutoffMonth.AddMonths(-1):yyyyMM}", partitions);
        Assert.DoesNotContain($"{name}_202401", partitions);
        Assert.Contains($"{name}_{cutoffMonth:yyyyMM}", partitions);
        Assert.Contains($"{name}_{Now.AddMonths(3):yyyyMM}", partitions);
        Assert.Equal([cutoffMonth, cutoffMonth.AddDays(45), Now.AddHours(-1)], await TimesAsync(database.ConnectionString, name));
        Assert.Empty(await QueryAsync(database.ConnectionString, $"SELECT relname::text FROM pg_class WHERE relname = '{name}_202401'"));
        foreach (var other in PartitionedTable.All.Where(other => other != table))
            Assert.Contains($"{other.Name}_202401", await PartitionsAsync(database.ConnectionString, other.Name));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task DropMonthlyPartitionsBefore_CutoffInsideMinimumRetention_KeepsTheMinimum(string name)
    {
        var table = PartitionedTable.Find(name)!;
        await using var database = await MigratedDatabaseAsync();
        var now = DateTimeOffset.UtcNow;
        var youngestKept = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-table.MinimumRetentionMonths);
        await ExecuteAsync(database.ConnectionString, $"SELECT ensure_monthly_partitions('{name}', '{youngestKept:yyyy-MM-dd}', now())");

        await using var connection = new NpgsqlConnection(AsApplication(database.ConnectionString));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"SELECT drop_monthly_partitions_before('{name}', now())", connection);
        await drop.ExecuteScalarAsync();

        var partitions = await PartitionsAsync(database.ConnectionString, name);
        Assert.Contains($"{name}_{youngestKept:yyyyMM}", partitions);
        Assert.DoesNotContain($"{name}_202401", partitions);
    }

    [Fact]
    public async Task EnsureMonthlyPartitions_UnregisteredTable_Refused()
    {
        await using var database = await MigratedDatabaseAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            ExecuteAsync(AsApplication(database.ConnectionString), "SELECT ensure_monthly_partitions('companies', now(), now())"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Validate_RetentionMonths_AcceptsOnlyTheTablesRangeNamingItsSetting(string name)
    {
        var table = PartitionedTable.Find(name)!;
        var validator = new RetentionOptionsValidator();

        bool Valid(int months) => validator.Validate(name, new RetentionOptions { RetentionMonths = months }).Succeeded;

        Assert.Equal((false, true, true, true, false), (Valid(table.MinimumRetentionMonths - 1), Valid(table.MinimumRetentionMonths),
            Valid(table.DefaultRetentionMonths), Valid(PartitionedTable.MaxRetentionMonths), Valid(PartitionedTable.MaxRetentionMonths + 1)));
        Assert.Contains($"{table.Section}:RetentionMonths", validator.Validate(name, new RetentionOptions { RetentionMonths = 0 }).FailureMessage);
    }

    [Fact]
    public void AddPartitionRetention_SettingOrDefault_BoundPerTable()
    {
        using var services = Services(new() { ["Audit:RetentionMonths"] = "36" });
        var retention = services.GetRequiredService<IOptionsMonitor<RetentionOptions>>();

        Assert.Equal((36, 15, 15, 6), (retention.Get("audit_log").RetentionMonths, retention.Get("location_history").RetentionMonths,
            retention.Get("fleet_events").RetentionMonths, retention.Get("notifications").RetentionMonths));
        Assert.Throws<OptionsValidationException>(() =>
            Services(new() { ["Audit:RetentionMonths"] = "12" }).GetRequiredService<IOptionsMonitor<RetentionOptions>>().Get("audit_log"));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddPartitionRetention()
            .BuildServiceProvider();

    private async Task<TestDatabase> MigratedDatabaseAsync()
    {
        var database = await template.CopyAsync("retention");
        await ExecuteAsync(database.ConnectionString, $"""
            INSERT INTO companies (id, name) VALUES ('{Company}', 'Retention Ltd');
            INSERT INTO users (id, company_id, email, display_name, role, password_hash)
            VALUES (gen_random_uuid(), '{Company}', 'retention@example.com', 'Retention', 'manager', 'x');
            """);
        foreach (var table in PartitionedTable.All)
            await ExecuteAsync(database.ConnectionString, $"SELECT ensure_monthly_partitions('{table.Name}', '2024-01-01', '2026-11-01')");
        return database;
    }

    private static PartitionMaintenance UpkeepAsApplication(string connectionString, Dictionary<string, string?> settings)
    {
        var dataSource = NpgsqlDataSource.Create(AsApplication(connectionString));
        var retention = Services(settings).GetRequiredService<IOptionsMonitor<RetentionOptions>>();
        return new PartitionMaintenance(dataSource, retention, new FakeTimeProvider(Now), NullLogger<PartitionMaintenance>.Instance);
    }

    private static string AsApplication(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Options = $"-c role={PostgresConnectionString.ApplicationRole}", Pooling = false }.ConnectionString;

    private static async Task InsertAsync(string connectionString, string table, DateTimeOffset at)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Rows[table].Insert, connection);
        command.Parameters.AddWithValue("at", at.UtcDateTime);
        command.Parameters.AddWithValue("company", Company);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<DateTimeOffset>> TimesAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT {Rows[table].TimeColumn} FROM {table} ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var times = new List<DateTimeOffset>();
        while (await reader.ReadAsync()) times.Add(reader.GetFieldValue<DateTimeOffset>(0));
        return times;
    }

    private static Task<List<string>> PartitionsAsync(string connectionString, string table) =>
        QueryAsync(connectionString, $"SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = '{table}'::regclass ORDER BY 1");

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
