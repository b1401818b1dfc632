using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Rollups;
using TitanFleet.Grains.Telemetry;
using TitanFleet.Grains.Timesheets;
using TitanFleet.Silo.Database;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Rollups;

/// <summary>
/// One migrated database and the real writers the silo wires (group-commit history, event sinks,
/// timesheet store, rebuild), working as the application role; each test makes its own company.
/// </summary>
public sealed class RollupFixture : IAsyncLifetime
{
    private readonly TestDatabase _database = new("rollups");

    public RollupOptions Options { get; } = new();
    public string ConnectionString => _database.ConnectionString;
    public NpgsqlDataSource DataSource { get; private set; } = null!;
    public PostgresLocationHistory History { get; private set; } = null!;
    /// <summary>The same group commit writing every group with binary COPY (small groups take the batched INSERT in <see cref="History"/>).</summary>
    public PostgresLocationHistory CopyHistory { get; private set; } = null!;
    public FleetEventHistory EventHistory { get; private set; } = null!;
    public RollupEventCounts EventCounts { get; private set; } = null!;
    public PostgresTimesheetStore Timesheets { get; private set; } = null!;
    public RollupRebuild Rebuild { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await DatabaseMigrator.MigrateAsync(_database.ConnectionString, NullLogger.Instance);
        // The tests drive fixed days around the October 2026 clock change; the migration only makes months near today.
        await using (var owner = NpgsqlDataSource.Create(_database.ConnectionString))
        await using (var months = owner.CreateCommand(
            "SELECT ensure_monthly_partitions('location_history', '2026-10-01', '2026-11-01'), ensure_monthly_partitions('fleet_events', '2026-10-01', '2026-11-01')"))
        {
            await months.ExecuteNonQueryAsync();
        }
        var asApplication = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Options = $"-c role={PostgresConnectionString.ApplicationRole}" };
        DataSource = NpgsqlDataSource.Create(asApplication.ConnectionString);
        var zones = new CompanyTimeZoneCache(DataSource, NullLogger<CompanyTimeZoneCache>.Instance);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        History = new PostgresLocationHistory(DataSource, Microsoft.Extensions.Options.Options.Create(new GroupCommitOptions()),
            new VehicleRollupWriter(zones, options), NullLogger<PostgresLocationHistory>.Instance);
        await History.StartAsync(CancellationToken.None);
        CopyHistory = new PostgresLocationHistory(DataSource, Microsoft.Extensions.Options.Options.Create(new GroupCommitOptions { CopyMinPositions = 1 }),
            new VehicleRollupWriter(zones, options), NullLogger<PostgresLocationHistory>.Instance);
        await CopyHistory.StartAsync(CancellationToken.None);
        EventHistory = new FleetEventHistory(DataSource, NullLogger<FleetEventHistory>.Instance);
        EventCounts = new RollupEventCounts(DataSource, zones);
        Timesheets = new PostgresTimesheetStore(DataSource, new DriverRollupWriter(zones, options));
        Rebuild = new RollupRebuild(DataSource, zones, options, NullLogger<RollupRebuild>.Instance);
    }

    public async Task DisposeAsync()
    {
        await History.StopAsync(CancellationToken.None);
        History.Dispose();
        await CopyHistory.StopAsync(CancellationToken.None);
        CopyHistory.Dispose();
        await DataSource.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>A company in Europe/London with one vehicle and one driver (rows the timesheets' keys need).</summary>
    public async Task<(Guid Company, Guid Vehicle, Guid Driver)> NewCompanyAsync()
    {
        var (company, vehicles, driver) = await NewCompanyAsync(vehicleCount: 1);
        return (company, vehicles[0], driver);
    }

    /// <summary>A company in Europe/London with <paramref name="vehicleCount"/> vehicles and one driver.</summary>
    public async Task<(Guid Company, Guid[] Vehicles, Guid Driver)> NewCompanyAsync(int vehicleCount)
    {
        var company = await TestCompanyFactory.CreateAsync(_database.ConnectionString, vehicleCount);
        await using var command = DataSource.CreateCommand("SELECT id FROM users WHERE company_id = @company AND role = 'driver'");
        command.Parameters.AddWithValue("company", company.CompanyId);
        var driver = (Guid)(await command.ExecuteScalarAsync())!;
        return (company.CompanyId, [.. company.Vehicles.Select(v => v.VehicleId)], driver);
    }

    /// <summary>Publishes events as the silo does: the history first, then the rollup counts.</summary>
    public async Task PublishAsync(params FleetEvent[] events)
    {
        await EventHistory.WriteAsync(events);
        await EventCounts.WriteAsync(events);
    }
}

[CollectionDefinition(Name)]
public sealed class RollupCollection : ICollectionFixture<RollupFixture>
{
    public const string Name = "rollups";
}
