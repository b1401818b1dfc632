using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Rollups;
using TitanFleet.Grains.Telemetry;
using TitanFleet.Grains.Timesheets;

namespace TitanFleet.Tests.Rollups;

/// <summary>
/// The position columns of the driver daily rollups: the fixes of the driver's vehicle inside each ended
/// shift, each shift folded like a vehicle's day, kept by the timesheet writer and by the history's group commit.
/// </summary>
[Collection(RollupCollection.Name)]
public sealed class DriverPositionRollupTests(RollupFixture fixture)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly DateTimeOffset Morning = new(2026, 10, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RecordAsync_ShiftWithPingsThenEnded_DriverDayEqualsVehicleDay()
    {
        var (company, vehicle, driver) = await fixture.NewCompanyAsync();
        var fixes = VehicleRollupTests.Zigzag(company, vehicle, Morning, count: 30);
        await fixture.History.AppendAsync([.. fixes[..12]]);
        await fixture.History.AppendAsync([.. fixes[12..]]);

        await RecordAsync(company, driver, vehicle, Morning.AddMinutes(-5), Morning.AddMinutes(15));

        var vehicleRows = await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle);
        Assert.Equal(30, Assert.Single(vehicleRows).FixCount);
        RollupRows.AssertSame(vehicleRows, await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver));
    }

    [Fact]
    public async Task RecordAsync_FixesBeforeStartAndAfterEnd_NotCounted()
    {
        var (company, vehicle, driver) = await fixture.NewCompanyAsync();
        // Every 20 s from 07:50 to 08:29:40; the shift runs 08:00 to 08:20, both ends inclusive.
        var fixes = VehicleRollupTests.Zigzag(company, vehicle, Morning.AddMinutes(-10), count: 120);
        await fixture.History.AppendAsync(fixes);

        await RecordAsync(company, driver, vehicle, Morning, Morning.AddMinutes(20));

        var inside = fixes.Where(f => f.FixTime >= Morning && f.FixTime <= Morning.AddMinutes(20)).ToList();
        var row = Assert.Single(await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver));
        Assert.Equal(61, row.FixCount);
        Assert.Equal((Morning, Morning.AddMinutes(20)), (row.FirstFixAt, row.LastFixAt));
        RollupRows.AssertSame(Expected(inside), [row]);
    }

    [Fact]
    public async Task AppendAsync_BacklogAndLateFixAfterShiftEnded_DriverDayCorrected()
    {
        var (company, vehicle, driver) = await fixture.NewCompanyAsync();
        await RecordAsync(company, driver, vehicle, Morning, Morning.AddHours(1));
        var empty = Assert.Single(await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver));
        Assert.Equal((0, null), (empty.FixCount, empty.FirstFixAt));
        var fixes = VehicleRollupTests.Zigzag(company, vehicle, Morning, count: 60);
        var late = fixes[37];

        // The phone uploads its backlog in order after the shift ended, one fix of it arriving last and out of order,
        // resent with its neighbours (the resend path writes it).
        await fixture.History.AppendAsync([.. fixes[..30]]);
        await fixture.CopyHistory.AppendAsync([.. fixes[30..37], .. fixes[38..]]);
        var before = Assert.Single(await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver));
        await fixture.History.AppendAsync([fixes[36], late, fixes[38]]);

        Assert.Equal(59, before.FixCount);
        var after = await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver);
        Assert.Equal(60, Assert.Single(after).FixCount);
        RollupRows.AssertSame(await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle), after);
        RollupRows.AssertSame(Expected(fixes), after);
    }

    [Fact]
    public async Task RecordAsync_TwoShiftsOnTwoVehiclesAndOneAcrossMidnight_DaysCombine()
    {
        var (company, vehicles, driver) = await fixture.NewCompanyAsync(vehicleCount: 2);
        // 22 October 2026 is BST: 22:50 UTC is 23:50 local, so the second shift runs into the 23rd.
        var morning = new DateTimeOffset(2026, 10, 22, 10, 0, 0, TimeSpan.Zero);
        var night = new DateTimeOffset(2026, 10, 22, 22, 50, 0, TimeSpan.Zero);
        var first = VehicleRollupTests.Zigzag(company, vehicles[0], morning, count: 40);
        var second = VehicleRollupTests.Zigzag(company, vehicles[1], night, count: 80);
        await fixture.History.AppendAsync(first);
        await fixture.History.AppendAsync(second);

        await RecordAsync(company, driver, vehicles[0], morning, morning.AddMinutes(20));
        await RecordAsync(company, driver, vehicles[1], night, night.AddMinutes(30));

        var rows = await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver);
        Assert.Equal([new DateOnly(2026, 10, 22), new DateOnly(2026, 10, 23)], rows.Select(r => r.Day));
        Assert.Equal([40 + 30, 50], rows.Select(r => r.FixCount));
        Assert.Equal((first[0].FixTime, second[29].FixTime), (rows[0].FirstFixAt, rows[0].LastFixAt));
        Assert.Equal((second[30].FixTime, second[79].FixTime), (rows[1].FirstFixAt, rows[1].LastFixAt));
        // Each shift is folded on its own: no interval joins the first shift's last fix to the second's first.
        Assert.Equal(VehicleRollupTests.PathMetres(first) + VehicleRollupTests.PathMetres(second[..30]), rows[0].DistanceMetres, 6);
        Assert.Equal(VehicleRollupTests.PathMetres(second[29..]), rows[1].DistanceMetres, 6);
        RollupRows.AssertSame(Expected(first, second), rows);
    }

    [Fact]
    public async Task CorrectAsync_ShiftNarrowed_DayRecounted()
    {
        var (company, vehicle, driver) = await fixture.NewCompanyAsync();
        var fixes = VehicleRollupTests.Zigzag(company, vehicle, Morning, count: 60);
        await fixture.History.AppendAsync(fixes);
        var written = await RecordAsync(company, driver, vehicle, Morning, Morning.AddMinutes(20));
        Assert.Equal(60, Assert.Single(await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver)).FixCount);

        var correction = new TimesheetCorrection(Morning.AddMinutes(5), Morning.AddMinutes(10), written.StartOdometerKm, written.EndOdometerKm);
        var result = await fixture.Timesheets.CorrectAsync(Actor(company, driver), written.Id, written.Version, correction, CancellationToken.None);

        Assert.Equal(TimesheetWriteStatus.Written, result.Status);
        var inside = fixes.Where(f => f.FixTime >= Morning.AddMinutes(5) && f.FixTime <= Morning.AddMinutes(10)).ToList();
        var rows = await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver);
        Assert.Equal(16, Assert.Single(rows).FixCount);
        RollupRows.AssertSame(Expected(inside), rows);
    }

    [Fact]
    public async Task CorrectAsync_ShiftMovedToAnotherDay_OldDayBackToZero()
    {
        var (company, vehicle, driver) = await fixture.NewCompanyAsync();
        await fixture.History.AppendAsync(VehicleRollupTests.Zigzag(company, vehicle, Morning, count: 10));
        var written = await RecordAsync(company, driver, vehicle, Morning, Morning.AddMinutes(20));
        Assert.Equal(10, Assert.Single(await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver)).FixCount);

        var correction = new TimesheetCorrection(Morning.AddDays(1), Morning.AddDays(1).AddMinutes(20), written.StartOdometerKm, written.EndOdometerKm);
        await fixture.Timesheets.CorrectAsync(Actor(company, driver), written.Id, written.Version, correction, CancellationToken.None);

        var rows = await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver);
        Assert.Equal(new VehicleRollupRow(new DateOnly(2026, 10, 20), 0, 0, 0, 0, null, 0, 0, null, null, null, null), rows[0]);
        Assert.DoesNotContain(rows, row => row.FixCount > 0);
    }

    /// <summary>Issue 13's definition, from scratch: each shift's fixes folded on its own, the shifts' days added up.</summary>
    internal static List<VehicleRollupRow> Expected(params IReadOnlyList<PositionReport>[] shifts)
    {
        var days = new SortedDictionary<DateOnly, VehicleDayTotals>();
        foreach (var shift in shifts)
        {
            var ordered = shift.Select(p => new RollupFix(p.FixTime, p.SourceId, p.Latitude, p.Longitude, p.SpeedKmh)).Order(Comparer<RollupFix>.Create(RollupFix.Compare));
            foreach (var (day, totals) in VehicleDayFold.Fold(null, ordered, London, new RollupOptions()))
            {
                if (days.TryGetValue(day, out var sum)) sum.Add(totals);
                else days[day] = totals;
            }
        }
        return [.. days.Values.Select(t => new VehicleRollupRow(
            t.Day, t.FixCount, t.DistanceMetres, t.MovingSeconds, t.IdleSeconds, t.MaxSpeedKmh, 0, 0, t.First?.At, t.First?.Latitude, t.Last?.At, t.Last?.Latitude))];
    }

    internal static AuditActor Actor(Guid company, Guid driver) => new(company, driver, "test", null);

    internal static TimesheetEntry Entry(Guid company, Guid driver, Guid vehicle, DateTimeOffset started, DateTimeOffset ended) =>
        new(Id: Guid.NewGuid(), CompanyId: company, DriverId: driver, VehicleId: vehicle, StartedAt: started, EndedAt: ended,
            StartOdometerKm: 100, EndOdometerKm: 120, Totals: new ActivityTotals(600, 60, 0, 0, []), EndedBy: "driver");

    private Task<TimesheetRecord> RecordAsync(Guid company, Guid driver, Guid vehicle, DateTimeOffset started, DateTimeOffset ended) =>
        fixture.Timesheets.RecordAsync(Actor(company, driver), Entry(company, driver, vehicle, started, ended), CancellationToken.None);
}
