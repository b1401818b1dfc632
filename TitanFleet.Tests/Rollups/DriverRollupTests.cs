using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Timesheets;

namespace TitanFleet.Tests.Rollups;

/// <summary>Driver daily rollups from the timesheet writer and the event sinks: on the local day a shift started, once per resend.</summary>
[Collection(RollupCollection.Name)]
public sealed class DriverRollupTests(RollupFixture fixture)
{
    [Fact]
    public async Task RecordAsync_ShiftEndedThenResentThenCorrected_DaysFollowLocalStart()
    {
        var (company, vehicle, driver) = await fixture.NewCompanyAsync();
        var actor = new AuditActor(company, driver, "test", null);
        // 23:30 UTC on 21 October is 00:30 BST on the 22nd: the shift counts on the 22nd.
        var late = Shift(company, driver, vehicle, new DateTimeOffset(2026, 10, 21, 23, 30, 0, TimeSpan.Zero), startKm: 1000, endKm: 1060, driving: 3600, otherWork: 600);
        var next = Shift(company, driver, vehicle, new DateTimeOffset(2026, 10, 22, 9, 0, 0, TimeSpan.Zero), startKm: 1060, endKm: 1100, driving: 1800, otherWork: 300);

        var written = await fixture.Timesheets.RecordAsync(actor, late, CancellationToken.None);
        await fixture.Timesheets.RecordAsync(actor, late, CancellationToken.None);
        await fixture.Timesheets.RecordAsync(actor, next, CancellationToken.None);

        Assert.Equal([new DriverRollupRow(new DateOnly(2026, 10, 22), 2, 100, 5400, 900, 0, 0)], await RollupRows.DriverAsync(fixture.DataSource, company, driver));

        var correction = new TimesheetCorrection(late.StartedAt.AddHours(-1), late.EndedAt, StartOdometerKm: 1000, EndOdometerKm: 1050);
        var result = await fixture.Timesheets.CorrectAsync(actor with { CompanyId = company }, written.Id, written.Version, correction, CancellationToken.None);

        Assert.Equal(TimesheetWriteStatus.Written, result.Status);
        Assert.Equal(
            [new DriverRollupRow(new DateOnly(2026, 10, 21), 1, 50, 3600, 600, 0, 0), new DriverRollupRow(new DateOnly(2026, 10, 22), 1, 40, 1800, 300, 0, 0)],
            await RollupRows.DriverAsync(fixture.DataSource, company, driver));
    }

    [Fact]
    public async Task WriteAsync_CountedEventsPublishedTwice_CountedOnce()
    {
        var (company, vehicle, driver) = await fixture.NewCompanyAsync();
        var at = new DateTimeOffset(2026, 10, 23, 10, 0, 0, TimeSpan.Zero);
        FleetEvent[] events =
        [
            Event(company, FleetEventTypes.Overspeed, at, vehicle, driver),
            Event(company, FleetEventTypes.GeofenceEntered, at.AddMinutes(1), vehicle, driver),
            Event(company, FleetEventTypes.GeofenceExited, at.AddMinutes(2), vehicle, driver),
            Event(company, FleetEventTypes.HoursBreached, at.AddMinutes(3), null, driver),
            Event(company, FleetEventTypes.Overspeed, at.AddMinutes(4), vehicle, null),
        ];

        await fixture.PublishAsync(events);
        await fixture.PublishAsync(events);

        var vehicleRow = Assert.Single(await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle));
        Assert.Equal((new DateOnly(2026, 10, 23), 2, 1), (vehicleRow.Day, vehicleRow.Overspeeds, vehicleRow.GeofenceVisits));
        Assert.Equal([new DriverRollupRow(new DateOnly(2026, 10, 23), 0, 0, 0, 0, Overspeeds: 1, HoursBreaches: 1, GeofenceVisits: 1)],
            await RollupRows.DriverAsync(fixture.DataSource, company, driver));
    }

    internal static TimesheetEntry Shift(Guid company, Guid driver, Guid vehicle, DateTimeOffset started, int startKm, int endKm, int driving, int otherWork) =>
        new(Id: Guid.NewGuid(), CompanyId: company, DriverId: driver, VehicleId: vehicle, StartedAt: started, EndedAt: started.AddSeconds(driving + otherWork + 1800),
            StartOdometerKm: startKm, EndOdometerKm: endKm, Totals: new ActivityTotals(driving, otherWork, 1800, 0, []), EndedBy: "driver");

    internal static FleetEvent Event(Guid company, string type, DateTimeOffset at, Guid? vehicle, Guid? driver) =>
        new(Id: Guid.NewGuid(), CompanyId: company, Type: type, OccurredAt: at, Summary: type, VehicleId: vehicle, DriverId: driver);
}
