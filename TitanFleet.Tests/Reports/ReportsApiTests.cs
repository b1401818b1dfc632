using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Grains.Reports;
using TitanFleet.Tests.Checks;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Reports;

/// <summary>/api/reports/{compliance,utilisation,drivers}: what the rows say for seeded days, both formats, and the refusals.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class ReportsApiTests(InProcessSiloFixture silo)
{
    private const string RollupHeader = "maxSpeedKmh,overspeedEvents,geofenceVisits,firstFixAt,firstLatitude,firstLongitude,lastFixAt,lastLatitude,lastLongitude";

    [Fact]
    public async Task Compliance_CheckedVorVehicleAndUncheckedOne_RowsSayWhichWasCheckedBeforeUseAndWhatIsOpenAndDue()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 2);
        var (checkedVehicle, idleVehicle) = (company.Vehicles[0], company.Vehicles[1]);
        var rows = new ReportRows(silo.ConnectionString, company.CompanyId);
        using var driver = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("driver"));
        (await CheckRequests.SubmitAsync(driver.Client, CheckRequests.Check(checkedVehicle.VehicleId, CheckRequests.HgvCodes,
            CheckRequests.Fail("brakes_air", "Air pressure will not build")))).EnsureSuccessStatusCode();
        var today = ReportRows.Today;
        await rows.VehicleDayAsync(checkedVehicle.VehicleId, today, 0, 0, 60, firstFixAt: DateTimeOffset.UtcNow.AddMinutes(1));
        await rows.VehicleDayAsync(idleVehicle.VehicleId, today, 5000, 600, 60, firstFixAt: DateTimeOffset.UtcNow.AddHours(-1));
        await rows.ReminderAsync(checkedVehicle.VehicleId, "mot", today.AddDays(-1));
        await rows.ReminderAsync(checkedVehicle.VehicleId, "tax", today.AddDays(3));
        await rows.ReminderAsync(checkedVehicle.VehicleId, "insurance", today.AddDays(200));
        using var mechanic = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("mechanic"));

        var report = await GetJsonAsync(mechanic.Client, $"/api/reports/compliance?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}");

        var byVehicle = report.GetProperty("rows").EnumerateArray().ToDictionary(row => row.GetProperty("vehicleId").GetGuid());
        Assert.Equal(2, byVehicle.Count);
        var first = byVehicle[checkedVehicle.VehicleId];
        Assert.True(first.GetProperty("checkedBeforeFirstUse").GetBoolean());
        Assert.Equal((0, 1), (first.GetProperty("nilDefectReports").GetInt32(), first.GetProperty("defectReports").GetInt32()));
        Assert.Equal((0, 1), (first.GetProperty("openMinorDefects").GetInt32(), first.GetProperty("openDangerousDefects").GetInt32()));
        Assert.True(first.GetProperty("vor").GetBoolean());
        Assert.Equal("mot", first.GetProperty("remindersOverdue").GetString());
        Assert.Equal("tax", first.GetProperty("remindersDueSoon").GetString());
        var second = byVehicle[idleVehicle.VehicleId];
        Assert.False(second.GetProperty("checkedBeforeFirstUse").GetBoolean());
        Assert.False(second.GetProperty("vor").GetBoolean());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("remindersOverdue").ValueKind);
    }

    [Fact]
    public async Task Compliance_MileageReminders_DueSoonAndOverdueAgainstCurrentOdometer()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var vehicle = company.Vehicles[0].VehicleId;
        var rows = new ReportRows(silo.ConnectionString, company.CompanyId);
        await rows.MileageAsync(vehicle, 50_000);
        await rows.MileageReminderAsync(vehicle, "tachograph", dueKm: 49_000);
        await rows.MileageReminderAsync(vehicle, "safetyInspection", dueKm: 50_600);
        await rows.MileageReminderAsync(vehicle, "mot", dueKm: 80_000);
        var today = ReportRows.Today;
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));

        var report = await GetJsonAsync(manager.Client, $"/api/reports/compliance?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}");

        var row = Assert.Single(report.GetProperty("rows").EnumerateArray());
        Assert.Equal("tachograph", row.GetProperty("remindersOverdue").GetString());
        Assert.Equal("safetyInspection", row.GetProperty("remindersDueSoon").GetString());
    }

    [Fact]
    public async Task Utilisation_ThreeDaysOneVorDay_RowsAndFleetTotalsCountDaysUsedOverDaysAvailable()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 2);
        var (busy, broken) = (company.Vehicles[0].VehicleId, company.Vehicles[1].VehicleId);
        var rows = new ReportRows(silo.ConnectionString, company.CompanyId);
        var day = new DateOnly(2026, 6, 10);
        await rows.VehiclesCreatedAsync(day.AddDays(-30));
        await rows.VehicleDayAsync(busy, day, distanceM: 120_000, movingSeconds: 7200, idleSeconds: 1800);
        await rows.VehicleDayAsync(busy, day.AddDays(1), distanceM: 80_500, movingSeconds: 3600, idleSeconds: 900);
        await rows.VehicleDayAsync(broken, day, distanceM: 10_000, movingSeconds: 900, idleSeconds: 0);
        await rows.StatusAsync(broken, "vor", ReportRows.At(day.AddDays(1), 9), ReportRows.At(day.AddDays(2), 12));
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var query = $"from={day:yyyy-MM-dd}&to={day.AddDays(2):yyyy-MM-dd}&groupBy=day";

        var report = await GetJsonAsync(manager.Client, $"/api/reports/utilisation?{query}");
        var csv = await manager.Client.GetStringAsync($"/api/reports/utilisation?{query}&format=csv");

        var items = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(6, items.Count);
        var standing = items.ToDictionary(
            row => (row.GetProperty("day").GetString(), row.GetProperty("vehicleId").GetGuid()),
            row => (Used: row.GetProperty("used").GetBoolean(), Available: row.GetProperty("available").GetBoolean()));
        Assert.Equal((true, true), standing[($"{day:yyyy-MM-dd}", broken)]);
        Assert.Equal((false, false), standing[($"{day.AddDays(1):yyyy-MM-dd}", broken)]);
        Assert.Equal((false, false), standing[($"{day.AddDays(2):yyyy-MM-dd}", broken)]);
        Assert.Equal((false, true), standing[($"{day.AddDays(2):yyyy-MM-dd}", busy)]);
        var totals = report.GetProperty("totals");
        Assert.Equal(210.5, totals.GetProperty("distanceKm").GetDouble());
        Assert.Equal(3.25, totals.GetProperty("movingHours").GetDouble());
        Assert.Equal(3, totals.GetProperty("used").GetInt32());
        Assert.Equal(4, totals.GetProperty("available").GetInt32());
        Assert.Equal(75.0, totals.GetProperty("utilisationPercent").GetDouble());
        var lines = csv.TrimEnd().Split("\r\n");
        Assert.Equal("day,vehicleId,registration,depot,distanceKm,movingHours,idleHours,used,available,utilisationPercent," + RollupHeader, lines[0]);
        Assert.Equal(8, lines.Length);
        Assert.Equal("total,,,,210.5,3.25,0.75,3,4,75,,0,0,,,,,,", lines[^1]);
    }

    [Fact]
    public async Task Utilisation_DefaultGrouping_OneRowPerVehicleAndTheSameFleetTotalsAsTheDayRows()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 2);
        var (busy, broken) = (company.Vehicles[0], company.Vehicles[1]);
        var rows = new ReportRows(silo.ConnectionString, company.CompanyId);
        var day = new DateOnly(2026, 6, 10);
        await rows.VehiclesCreatedAsync(day.AddDays(-30));
        await rows.VehicleDayAsync(busy.VehicleId, day, distanceM: 120_000, movingSeconds: 7200, idleSeconds: 1800);
        await rows.VehicleDayAsync(busy.VehicleId, day.AddDays(1), distanceM: 80_500, movingSeconds: 3600, idleSeconds: 900);
        await rows.VehicleDayAsync(broken.VehicleId, day, distanceM: 10_000, movingSeconds: 900, idleSeconds: 0);
        await rows.StatusAsync(broken.VehicleId, "vor", ReportRows.At(day.AddDays(1), 9), ReportRows.At(day.AddDays(2), 12));
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var query = $"from={day:yyyy-MM-dd}&to={day.AddDays(2):yyyy-MM-dd}";

        var report = await GetJsonAsync(manager.Client, $"/api/reports/utilisation?{query}");
        var byName = await GetJsonAsync(manager.Client, $"/api/reports/utilisation?{query}&groupBy=vehicle");
        var csv = await manager.Client.GetStringAsync($"/api/reports/utilisation?{query}&format=csv");

        var items = report.GetProperty("rows").EnumerateArray().ToDictionary(row => row.GetProperty("vehicleId").GetGuid());
        Assert.Equal(2, items.Count);
        var first = items[busy.VehicleId];
        Assert.Equal(busy.Registration, first.GetProperty("registration").GetString());
        Assert.Equal((200.5, 3.0, 0.75), (first.GetProperty("distanceKm").GetDouble(), first.GetProperty("movingHours").GetDouble(), first.GetProperty("idleHours").GetDouble()));
        Assert.Equal((2, 3, 66.7), (first.GetProperty("daysUsed").GetInt32(), first.GetProperty("daysAvailable").GetInt32(), first.GetProperty("utilisationPercent").GetDouble()));
        var second = items[broken.VehicleId];
        Assert.Equal((1, 1, 100.0), (second.GetProperty("daysUsed").GetInt32(), second.GetProperty("daysAvailable").GetInt32(), second.GetProperty("utilisationPercent").GetDouble()));
        Assert.False(first.TryGetProperty("day", out _));
        var totals = report.GetProperty("totals");
        Assert.Equal((210.5, 3.25, 3, 4, 75.0), (totals.GetProperty("distanceKm").GetDouble(), totals.GetProperty("movingHours").GetDouble(),
            totals.GetProperty("daysUsed").GetInt32(), totals.GetProperty("daysAvailable").GetInt32(), totals.GetProperty("utilisationPercent").GetDouble()));
        Assert.Equal(report.GetRawText(), byName.GetRawText());
        var lines = csv.TrimEnd().Split("\r\n");
        Assert.Equal("vehicleId,registration,depot,distanceKm,movingHours,idleHours,daysUsed,daysAvailable,utilisationPercent," + RollupHeader, lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Equal("total,,,210.5,3.25,0.75,3,4,75,,0,0,,,,,,", lines[^1]);
    }

    [Fact]
    public async Task Utilisation_StretchEndingAtMidnightVehicleCreatedAndRetiredInRange_VehicleRowsCountWhatTheDayRowsSay()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 3);
        var (vor, late, retired) = (company.Vehicles[0].VehicleId, company.Vehicles[1].VehicleId, company.Vehicles[2].VehicleId);
        var rows = new ReportRows(silo.ConnectionString, company.CompanyId);
        var day = new DateOnly(2026, 3, 27); // the clocks go forward on the 29th: days of 23 hours count like the others
        await rows.VehiclesCreatedAsync(day.AddDays(-30));
        await rows.StatusAsync(vor, "vor", ReportRows.At(day, 10), ReportRows.At(day.AddDays(1), 0)); // ends as the next day starts
        await rows.StatusAsync(vor, "retired", ReportRows.At(day.AddDays(3), 8), ReportRows.At(day.AddDays(4), 8));
        await rows.VehicleDayAsync(vor, day.AddDays(3), distanceM: 5_000, movingSeconds: 600, idleSeconds: 0); // moved while off road
        await rows.VehicleLifetimeAsync(late, ReportRows.At(day.AddDays(2), 15));
        await rows.VehicleDayAsync(late, day.AddDays(1), distanceM: 9_000, movingSeconds: 900, idleSeconds: 0); // before it existed: not counted
        await rows.VehicleDayAsync(late, day.AddDays(2), distanceM: 7_000, movingSeconds: 700, idleSeconds: 70);
        await rows.VehicleLifetimeAsync(retired, ReportRows.At(day.AddDays(-30), 0), deletedAt: ReportRows.At(day.AddDays(1), 18));
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var query = $"from={day:yyyy-MM-dd}&to={day.AddDays(4):yyyy-MM-dd}";

        var days = (await GetJsonAsync(manager.Client, $"/api/reports/utilisation?{query}&groupBy=day")).GetProperty("rows").EnumerateArray().ToList();
        var vehicles = (await GetJsonAsync(manager.Client, $"/api/reports/utilisation?{query}")).GetProperty("rows").EnumerateArray()
            .ToDictionary(row => row.GetProperty("vehicleId").GetGuid());

        var available = days.Where(row => row.GetProperty("vehicleId").GetGuid() == vor).Select(row => row.GetProperty("available").GetBoolean());
        Assert.Equal([false, true, true, true, false], available);
        Assert.Equal([$"{day.AddDays(2):yyyy-MM-dd}", $"{day.AddDays(3):yyyy-MM-dd}", $"{day.AddDays(4):yyyy-MM-dd}"],
            days.Where(row => row.GetProperty("vehicleId").GetGuid() == late).Select(row => row.GetProperty("day").GetString()));
        Assert.Equal(2, days.Count(row => row.GetProperty("vehicleId").GetGuid() == retired));
        Assert.Equal(3, vehicles.Count);
        foreach (var (vehicleId, row) in vehicles)
        {
            var own = days.Where(d => d.GetProperty("vehicleId").GetGuid() == vehicleId).ToList();
            Assert.Equal(own.Count(d => d.GetProperty("used").GetBoolean()), row.GetProperty("daysUsed").GetInt32());
            Assert.Equal(own.Count(d => d.GetProperty("available").GetBoolean()), row.GetProperty("daysAvailable").GetInt32());
            Assert.Equal(own.Sum(d => d.GetProperty("distanceKm").GetDouble()), row.GetProperty("distanceKm").GetDouble(), 2);
        }
        Assert.Equal((1, 3), (vehicles[vor].GetProperty("daysUsed").GetInt32(), vehicles[vor].GetProperty("daysAvailable").GetInt32()));
        Assert.Equal(7.0, vehicles[late].GetProperty("distanceKm").GetDouble());
    }

    [Fact]
    public async Task Drivers_ShiftsChecksAndRollups_CompletionRateOverspeedPer100KmAndBreaches()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var vehicle = company.Vehicles[0].VehicleId;
        var rows = new ReportRows(silo.ConnectionString, company.CompanyId);
        var driverId = await rows.UserIdAsync(company.Email("driver"));
        var day = new DateOnly(2026, 5, 4);
        await rows.CheckAsync(vehicle, driverId, ReportRows.At(day, 6, 45));
        await rows.ShiftAsync(driverId, vehicle, ReportRows.At(day, 7));
        await rows.ShiftAsync(driverId, vehicle, ReportRows.At(day.AddDays(1), 7)); // its check was yesterday, over 24 h before
        await rows.DriverDayAsync(driverId, day, distanceKm: 300, drivingSeconds: 18_000, overspeeds: 2, breaches: 0);
        await rows.DriverDayAsync(driverId, day.AddDays(1), distanceKm: 100, drivingSeconds: 7200, overspeeds: 1, breaches: 1);
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));

        var report = await GetJsonAsync(admin.Client, $"/api/reports/drivers?from={day:yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}&driverId={driverId}");

        var row = Assert.Single(report.GetProperty("rows").EnumerateArray());
        Assert.Equal(driverId, row.GetProperty("driverId").GetGuid());
        Assert.Equal((2, 1, 50.0), (row.GetProperty("shifts").GetInt32(), row.GetProperty("checkedShifts").GetInt32(), row.GetProperty("checkCompletionPercent").GetDouble()));
        Assert.Equal(400, row.GetProperty("distanceKm").GetInt64());
        Assert.Equal(7.0, row.GetProperty("drivingHours").GetDouble());
        Assert.Equal(0.75, row.GetProperty("overspeedPer100Km").GetDouble());
        Assert.Equal(1, row.GetProperty("hoursBreaches").GetInt64());
    }

    [Fact]
    public async Task Utilisation_SpeedOverspeedsVisitsAndFixesInRollups_VehicleDayAndCsvRowsCarryThemAndNullsWithoutFixes()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 2);
        var (busy, idle) = (company.Vehicles[0].VehicleId, company.Vehicles[1].VehicleId);
        var rows = new ReportRows(silo.ConnectionString, company.CompanyId);
        var day = new DateOnly(2026, 6, 10);
        await rows.VehiclesCreatedAsync(day.AddDays(-30));
        await rows.VehicleDayAsync(busy, day, distanceM: 120_000, movingSeconds: 7200, idleSeconds: 1800);
        await rows.VehicleDayAsync(busy, day.AddDays(1), distanceM: 80_500, movingSeconds: 3600, idleSeconds: 900);
        await rows.VehicleDayFiguresAsync(busy, day, maxSpeedKmh: 97.46, overspeeds: 2, geofenceVisits: 3,
            first: new(ReportRows.At(day, 6, 10), Latitude: 51.5, Longitude: -0.12), last: new(ReportRows.At(day, 18), Latitude: 52.2, Longitude: -1.1));
        await rows.VehicleDayFiguresAsync(busy, day.AddDays(1), maxSpeedKmh: 88, overspeeds: 1, geofenceVisits: 4,
            first: new(ReportRows.At(day.AddDays(1), 7), Latitude: 52.2, Longitude: -1.1), last: new(ReportRows.At(day.AddDays(1), 16, 30), Latitude: 53.4, Longitude: -2.2));
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var query = $"from={day:yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}";

        var vehicles = (await GetJsonAsync(manager.Client, $"/api/reports/utilisation?{query}")).GetProperty("rows").EnumerateArray()
            .ToDictionary(row => row.GetProperty("vehicleId").GetGuid());
        var days = await GetJsonAsync(manager.Client, $"/api/reports/utilisation?{query}&groupBy=day");
        var csv = (await manager.Client.GetStringAsync($"/api/reports/utilisation?{query}&groupBy=day&format=csv")).TrimEnd().Split("\r\n");

        var whole = vehicles[busy];
        Assert.Equal((97.5, 3, 7), (whole.GetProperty("maxSpeedKmh").GetDouble(), whole.GetProperty("overspeedEvents").GetInt32(), whole.GetProperty("geofenceVisits").GetInt32()));
        Assert.Equal((ReportRows.At(day, 6, 10), 51.5, -0.12), Fix(whole, "first"));
        Assert.Equal((ReportRows.At(day.AddDays(1), 16, 30), 53.4, -2.2), Fix(whole, "last"));
        var still = vehicles[idle];
        Assert.Equal(JsonValueKind.Null, still.GetProperty("maxSpeedKmh").ValueKind);
        Assert.Equal(JsonValueKind.Null, still.GetProperty("firstFixAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, still.GetProperty("lastLatitude").ValueKind);
        Assert.Equal(0, still.GetProperty("geofenceVisits").GetInt32());
        var secondDay = days.GetProperty("rows").EnumerateArray()
            .Single(row => row.GetProperty("vehicleId").GetGuid() == busy && row.GetProperty("day").GetString() == $"{day.AddDays(1):yyyy-MM-dd}");
        Assert.Equal((88.0, 1, 4), (secondDay.GetProperty("maxSpeedKmh").GetDouble(), secondDay.GetProperty("overspeedEvents").GetInt32(), secondDay.GetProperty("geofenceVisits").GetInt32()));
        Assert.Equal((ReportRows.At(day.AddDays(1), 7), 52.2, -1.1), Fix(secondDay, "first"));
        var totals = days.GetProperty("totals");
        Assert.Equal((97.5, 3, 7), (totals.GetProperty("maxSpeedKmh").GetDouble(), totals.GetProperty("overspeedEvents").GetInt32(), totals.GetProperty("geofenceVisits").GetInt32()));
        Assert.EndsWith("," + RollupHeader, csv[0]);
        Assert.Contains(csv, line => line.StartsWith($"{day:yyyy-MM-dd},{busy},", StringComparison.Ordinal)
            && line.EndsWith(",97.5,2,3,2026-06-10T05:10:00Z,51.5,-0.12,2026-06-10T17:00:00Z,52.2,-1.1", StringComparison.Ordinal));
        Assert.Equal("total,,,,200.5,3,0.75,2,4,50,97.5,3,7,,,,,,", csv[^1]);
    }

    [Fact]
    public async Task Drivers_GpsFiguresAndGeofenceVisitsInRollups_SumsHighestSpeedEarliestAndLatestFixAndNullsWithoutFixes()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var vehicle = company.Vehicles[0].VehicleId;
        var rows = new ReportRows(silo.ConnectionString, company.CompanyId);
        var driverId = await rows.UserIdAsync(company.Email("driver"));
        var managerId = await rows.UserIdAsync(company.Email("manager"));
        var day = new DateOnly(2026, 5, 4);
        await rows.ShiftAsync(managerId, vehicle, ReportRows.At(day, 9)); // on the report, with no fix attributed to them
        await rows.DriverDayAsync(driverId, day, distanceKm: 150, drivingSeconds: 18_000, overspeeds: 0, breaches: 0);
        await rows.DriverDayAsync(driverId, day.AddDays(1), distanceKm: 50, drivingSeconds: 7200, overspeeds: 0, breaches: 0);
        await rows.DriverDayAsync(driverId, day.AddDays(2), distanceKm: 10, drivingSeconds: 600, overspeeds: 0, breaches: 0); // after the range
        await rows.DriverDayPositionsAsync(driverId, day, geofenceVisits: 2, distanceM: 150_250, movingSeconds: 5400, idleSeconds: 900, maxSpeedKmh: 88.44,
            first: new(ReportRows.At(day, 6, 10), Latitude: 51.5, Longitude: -0.12), last: new(ReportRows.At(day, 15), Latitude: 52, Longitude: -1));
        await rows.DriverDayPositionsAsync(driverId, day.AddDays(1), geofenceVisits: 1, distanceM: 50_000, movingSeconds: 1800, idleSeconds: 1800, maxSpeedKmh: 96.26,
            first: new(ReportRows.At(day.AddDays(1), 7), Latitude: 53, Longitude: -2), last: new(ReportRows.At(day.AddDays(1), 16, 30), Latitude: 53.4, Longitude: -2.2));
        await rows.DriverDayPositionsAsync(driverId, day.AddDays(2), geofenceVisits: 5, distanceM: 9_000, movingSeconds: 600, idleSeconds: 60, maxSpeedKmh: 120,
            first: new(ReportRows.At(day.AddDays(2), 7), Latitude: 54, Longitude: -3), last: new(ReportRows.At(day.AddDays(2), 8), Latitude: 54.1, Longitude: -3.1));
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));
        var query = $"from={day:yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}";

        var report = (await GetJsonAsync(admin.Client, $"/api/reports/drivers?{query}")).GetProperty("rows").EnumerateArray()
            .ToDictionary(row => row.GetProperty("driverId").GetGuid());
        var csv = (await admin.Client.GetStringAsync($"/api/reports/drivers?{query}&format=csv")).TrimEnd().Split("\r\n");

        var driver = report[driverId];
        Assert.Equal((3, 200.25, 2.0, 0.75), (driver.GetProperty("geofenceVisits").GetInt32(), driver.GetProperty("gpsDistanceKm").GetDouble(),
            driver.GetProperty("movingHours").GetDouble(), driver.GetProperty("idleHours").GetDouble()));
        Assert.Equal(96.3, driver.GetProperty("maxSpeedKmh").GetDouble());
        Assert.Equal((ReportRows.At(day, 6, 10), 51.5, -0.12), Fix(driver, "first"));
        Assert.Equal((ReportRows.At(day.AddDays(1), 16, 30), 53.4, -2.2), Fix(driver, "last"));
        var manager = report[managerId];
        Assert.Equal((0, 0.0), (manager.GetProperty("geofenceVisits").GetInt32(), manager.GetProperty("gpsDistanceKm").GetDouble()));
        Assert.Equal(JsonValueKind.Null, manager.GetProperty("maxSpeedKmh").ValueKind);
        Assert.Equal(JsonValueKind.Null, manager.GetProperty("firstFixAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, manager.GetProperty("lastLongitude").ValueKind);
        Assert.EndsWith(",hoursBreaches,geofenceVisits,gpsDistanceKm,movingHours,idleHours,maxSpeedKmh,firstFixAt,firstLatitude,firstLongitude,lastFixAt,lastLatitude,lastLongitude", csv[0]);
        Assert.Contains(csv, line => line.StartsWith($"{driverId},", StringComparison.Ordinal)
            && line.EndsWith(",3,200.25,2,0.75,96.3,2026-05-04T05:10:00Z,51.5,-0.12,2026-05-05T15:30:00Z,53.4,-2.2", StringComparison.Ordinal));
        Assert.Contains(csv, line => line.StartsWith($"{managerId},", StringComparison.Ordinal) && line.EndsWith(",0,0,0,0,,,,,,,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Drivers_DepotFilter_OnlyThoseWithAShiftOnThatDepotsVehiclesInRangeWithAllTheirFigures()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 2);
        var (north, south) = (company.Vehicles[0].VehicleId, company.Vehicles[1].VehicleId);
        var rows = new ReportRows(silo.ConnectionString, company.CompanyId);
        await rows.DepotAsync(north, "North");
        await rows.DepotAsync(south, "South");
        var driverId = await rows.UserIdAsync(company.Email("driver"));
        var managerId = await rows.UserIdAsync(company.Email("manager"));
        var day = new DateOnly(2026, 5, 4);
        await rows.ShiftAsync(driverId, north, ReportRows.At(day, 7));
        await rows.ShiftAsync(driverId, south, ReportRows.At(day.AddDays(1), 7));
        await rows.ShiftAsync(managerId, south, ReportRows.At(day, 9));
        await rows.ShiftAsync(managerId, north, ReportRows.At(day.AddDays(5), 9)); // after the range
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));
        var range = $"from={day:yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}";

        var all = await GetJsonAsync(admin.Client, $"/api/reports/drivers?{range}");
        var northOnly = await GetJsonAsync(admin.Client, $"/api/reports/drivers?{range}&depot=North");
        var nowhere = await GetJsonAsync(admin.Client, $"/api/reports/drivers?{range}&depot=West");

        Assert.Equal(2, all.GetProperty("rows").GetArrayLength());
        var row = Assert.Single(northOnly.GetProperty("rows").EnumerateArray());
        Assert.Equal((driverId, 2), (row.GetProperty("driverId").GetGuid(), row.GetProperty("shifts").GetInt32()));
        Assert.Equal(0, nowhere.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Compliance_FullYearForTwentyVehicles_CsvStreamsEveryRowWithoutALength()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 20);
        var to = new DateOnly(2026, 10, 31);
        await new ReportRows(silo.ConnectionString, company.CompanyId).VehiclesCreatedAsync(to.AddDays(-400));
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        manager.Client.DefaultRequestHeaders.Accept.ParseAdd("text/csv");

        using var response = await manager.Client.GetAsync(
            $"/api/reports/compliance?from={to.AddDays(-365):yyyy-MM-dd}&to={to:yyyy-MM-dd}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var lines = 0;
        while (await reader.ReadLineAsync() is not null) lines++;

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.Equal(1 + 366 * 20, lines);
        Assert.Contains("compliance-2025-10-31-2026-10-31.csv", response.Content.Headers.ContentDisposition?.ToString());
    }

    [Theory]
    [InlineData("to=2026-06-01", "from")]
    [InlineData("from=2026-06-01", "to")]
    [InlineData("from=2026-06-02&to=2026-06-01", "to")]
    [InlineData("from=2025-01-01&to=2026-01-02", "to")]
    [InlineData("from=2026-06-01&to=2026-06-02&format=xml", "format")]
    [InlineData("from=yesterday&to=2026-06-02", "from")]
    [InlineData("from=2026-06-01&to=2026-06-02&vehicleId=not-a-guid", "vehicleId")]
    [InlineData("from=2026-06-01&to=2026-06-02&depot=North%00", "depot")]
    [InlineData("from=2026-06-01&to=2026-06-02&groupBy=week", "groupBy")]
    public async Task Utilisation_BadQuery_400NamingTheField(string query, string field)
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.GetAsync($"/api/reports/utilisation?{query}");

        Assert.Contains(field, (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task VehicleReports_DriverFilter_OnlyTheVehiclesTheDriverHadAShiftOnInRangeWithWholeRows()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 3);
        var (driven, otherDriver, afterRange) = (company.Vehicles[0], company.Vehicles[1], company.Vehicles[2]);
        var rows = new ReportRows(silo.ConnectionString, company.CompanyId);
        var driverId = await rows.UserIdAsync(company.Email("driver"));
        var managerId = await rows.UserIdAsync(company.Email("manager"));
        var day = new DateOnly(2026, 5, 4);
        await rows.VehiclesCreatedAsync(day.AddDays(-30));
        await rows.ShiftAsync(driverId, driven.VehicleId, ReportRows.At(day, 7));
        await rows.ShiftAsync(managerId, otherDriver.VehicleId, ReportRows.At(day, 7));
        await rows.ShiftAsync(driverId, afterRange.VehicleId, ReportRows.At(day.AddDays(3), 7));
        await rows.VehicleDayAsync(driven.VehicleId, day, distanceM: 40_000, movingSeconds: 3600, idleSeconds: 600);
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));
        var query = $"from={day:yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}&driverId={driverId}";

        var utilisation = await GetJsonAsync(admin.Client, $"/api/reports/utilisation?{query}");
        var compliance = await GetJsonAsync(admin.Client, $"/api/reports/compliance?{query}");

        var row = Assert.Single(utilisation.GetProperty("rows").EnumerateArray());
        Assert.Equal((driven.VehicleId, 40.0), (row.GetProperty("vehicleId").GetGuid(), row.GetProperty("distanceKm").GetDouble()));
        Assert.All(compliance.GetProperty("rows").EnumerateArray(), r => Assert.Equal(driven.VehicleId, r.GetProperty("vehicleId").GetGuid()));
        Assert.Equal(2, compliance.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Reports_OtherCompanysVehicleOrDriverOrUnknownType_404LikeAMissingOne()
    {
        var mine = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var theirs = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var theirDriver = await new ReportRows(silo.ConnectionString, theirs.CompanyId).UserIdAsync(theirs.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, mine.Email("manager"));
        const string range = "from=2026-06-01&to=2026-06-02";

        using var theirVehicle = await manager.Client.GetAsync($"/api/reports/compliance?{range}&vehicleId={theirs.Vehicles[0].VehicleId}");
        using var missingVehicle = await manager.Client.GetAsync($"/api/reports/utilisation?{range}&vehicleId={Guid.NewGuid()}");
        using var theirDriverReport = await manager.Client.GetAsync($"/api/reports/drivers?{range}&driverId={theirDriver}");
        using var theirDriverUtilisation = await manager.Client.GetAsync($"/api/reports/utilisation?{range}&driverId={theirDriver}");
        using var theirDriverCompliance = await manager.Client.GetAsync($"/api/reports/compliance?{range}&driverId={theirDriver}");
        using var unknown = await manager.Client.GetAsync($"/api/reports/fuel?{range}");
        using var own = await manager.Client.GetAsync($"/api/reports/compliance?{range}&vehicleId={mine.Vehicles[0].VehicleId}");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 6), new[]
        {
            theirVehicle.StatusCode, missingVehicle.StatusCode, theirDriverReport.StatusCode, theirDriverUtilisation.StatusCode,
            theirDriverCompliance.StatusCode, unknown.StatusCode,
        });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.DoesNotContain(theirs.Vehicles[0].Registration, await own.Content.ReadAsStringAsync());
    }

    private static (DateTimeOffset At, double Latitude, double Longitude) Fix(JsonElement row, string which) =>
        (row.GetProperty($"{which}FixAt").GetDateTimeOffset(), row.GetProperty($"{which}Latitude").GetDouble(), row.GetProperty($"{which}Longitude").GetDouble());

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string uri)
    {
        using var response = await client.GetAsync(uri);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{uri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
