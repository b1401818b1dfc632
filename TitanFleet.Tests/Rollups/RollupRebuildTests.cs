using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Commands;

namespace TitanFleet.Tests.Rollups;

/// <summary>The rebuild recomputes from history, timesheets and events exactly what the incremental writers keep.</summary>
[Collection(RollupCollection.Name)]
public sealed class RollupRebuildTests(RollupFixture fixture)
{
    [Fact]
    public async Task RebuildAsync_AfterIncrementalDaysAreDeleted_SameRows()
    {
        var (company, vehicle, driver) = await fixture.NewCompanyAsync();
        var start = new DateTimeOffset(2026, 10, 24, 22, 50, 0, TimeSpan.Zero);
        var fixes = VehicleRollupTests.Zigzag(company, vehicle, start, count: 60);
        await fixture.History.AppendAsync([.. fixes.Where((_, i) => i % 7 != 3)]);
        await fixture.History.AppendAsync([.. fixes.Where((_, i) => i % 7 == 3)]);
        await fixture.PublishAsync(
            DriverRollupTests.Event(company, FleetEventTypes.Overspeed, start.AddMinutes(5), vehicle, driver),
            DriverRollupTests.Event(company, FleetEventTypes.GeofenceEntered, start.AddMinutes(15), vehicle, driver),
            DriverRollupTests.Event(company, FleetEventTypes.HoursBreached, start.AddMinutes(16), null, driver));
        await fixture.Timesheets.RecordAsync(new AuditActor(company, driver, "test", null),
            DriverRollupTests.Shift(company, driver, vehicle, start, startKm: 10, endKm: 30, driving: 1200, otherWork: 60), CancellationToken.None);
        var vehicleRows = await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle);
        var driverRows = await RollupRows.DriverAsync(fixture.DataSource, company, driver);
        var positions = await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver);
        Assert.Equal(2, vehicleRows.Count);
        // The shift (22:50 to 23:41 UTC) holds every fix, 30 on each side of the local midnight (23:00 UTC).
        Assert.Equal([30, 30], positions.Select(row => row.FixCount));
        Assert.Equal(1, driverRows.Sum(row => row.GeofenceVisits));
        await using (var wipe = fixture.DataSource.CreateCommand(
            "DELETE FROM vehicle_daily_rollups WHERE company_id = @company; DELETE FROM driver_daily_rollups WHERE company_id = @company"))
        {
            wipe.Parameters.AddWithValue("company", company);
            await wipe.ExecuteNonQueryAsync();
        }

        var result = await fixture.Rebuild.RebuildAsync(company, new DateOnly(2026, 10, 24), new DateOnly(2026, 10, 25), CancellationToken.None);

        Assert.Equal((1, 2, 2), (result.Companies, result.VehicleDays, result.DriverDays));
        RollupRows.AssertSame(vehicleRows, await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle));
        Assert.Equal(driverRows, await RollupRows.DriverAsync(fixture.DataSource, company, driver));
        RollupRows.AssertSame(positions, await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver));
    }

    [Fact]
    public async Task RollupsRebuildVerb_CompanyAndRange_RebuildsItsDays()
    {
        var (company, vehicle, _) = await fixture.NewCompanyAsync();
        var fixes = VehicleRollupTests.Zigzag(company, vehicle, new DateTimeOffset(2026, 10, 19, 12, 0, 0, TimeSpan.Zero), count: 5);
        await fixture.History.AppendAsync(fixes);
        var incremental = await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle);
        await using (var wipe = fixture.DataSource.CreateCommand("DELETE FROM vehicle_daily_rollups WHERE company_id = @company"))
        {
            wipe.Parameters.AddWithValue("company", company);
            await wipe.ExecuteNonQueryAsync();
        }

        var outcome = await CompanyCommandProcess.RunAsync(fixture.ConnectionString, null,
            "rollups", "rebuild", "--company", company.ToString(), "--from", "2026-10-19", "--to", "2026-10-19");

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Equal(("1", "1"), (outcome.Line("companies"), outcome.Line("vehicle_days")));
        RollupRows.AssertSame(incremental, await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle));
    }

    [Fact]
    public async Task RollupsRebuildVerb_RangeBackwards_RefusedNamingOption()
    {
        var outcome = await CompanyCommandProcess.RunAsync(fixture.ConnectionString, null, "rollups", "rebuild", "--from", "2026-10-19", "--to", "2026-10-18");

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("--to:", outcome.Error, StringComparison.Ordinal);
    }
}
