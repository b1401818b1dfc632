using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;
using TitanFleet.Tests.Shifts;

namespace TitanFleet.Tests.Reports;

/// <summary>
/// The driver report's GPS figures from end to end: a driver's own positions during a real shift, ended through the API,
/// then the vehicle's tracker uploading a backlog from inside that shift; nothing is seeded into the rollups.
/// </summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DriverReportFromShiftTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task DriversReport_PositionsDuringShiftThenTrackerBacklogFromInsideIt_ShowsTheirHighestSpeedAndFirstAndLastFix()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var driver = await ShiftDriver.SignInAsync(fixture.BaseAddress, fixture.ConnectionString, company, company.Email("driver"));
        await driver.CheckAndStartAsync(vehicle.VehicleId);
        var first = await PostAsync(driver, vehicle.VehicleId, speed: 20, latitude: 51.50);
        var trackerFix = await PostAsync(driver, vehicle.VehicleId, speed: 30, latitude: 51.51);
        var last = await PostAsync(driver, vehicle.VehicleId, speed: 64, latitude: 51.52);
        using (var end = await driver.EndAsync(120_003)) end.EnsureSuccessStatusCode();
        var ended = await ReportAsync(company);

        // A tracker in the cab uploads what it buffered during the shift (a faster moment), after the driver ended it.
        using (var tracker = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken))
        using (var backlog = await tracker.PostAsJsonAsync("/api/locations", FleetHttp.Position(trackerFix.AddTicks(10), 51.515, -1.0, speed: 95)))
            backlog.EnsureSuccessStatusCode();
        var corrected = await ReportAsync(company);

        Assert.Equal(64, ended.GetProperty("maxSpeedKmh").GetDouble());
        Assert.Equal(95, corrected.GetProperty("maxSpeedKmh").GetDouble());
        foreach (var row in new[] { ended, corrected })
        {
            Assert.Equal(first, row.GetProperty("firstFixAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
            Assert.Equal(51.50, row.GetProperty("firstLatitude").GetDouble());
            Assert.Equal(last, row.GetProperty("lastFixAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
            Assert.Equal(51.52, row.GetProperty("lastLatitude").GetDouble());
            // Two hundredths of a degree of latitude, about 2.2 km, whichever fixes lie between.
            Assert.InRange(row.GetProperty("gpsDistanceKm").GetDouble(), 2.2, 2.3);
        }
    }

    private static async Task<DateTimeOffset> PostAsync(ShiftDriver driver, Guid vehicleId, double speed, double latitude)
    {
        var at = DateTimeOffset.UtcNow;
        using var response = await driver.PostPositionAsync(vehicleId, at, speed, latitude);
        response.EnsureSuccessStatusCode();
        return at;
    }

    private async Task<JsonElement> ReportAsync(TestCompany company)
    {
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var today = ReportRows.Today;
        var report = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/reports/drivers?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}");
        return Assert.Single(report.GetProperty("rows").EnumerateArray(), row => row.GetProperty("shifts").GetInt32() == 1);
    }
}
