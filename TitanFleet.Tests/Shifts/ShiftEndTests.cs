using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Shifts;

/// <summary>While on shift and at its end: driving follows the vehicle, activities are posted, the end writes the timesheet and frees the vehicle.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class ShiftEndTests(SingleSiloFixture fixture)
{
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task End_AfterDrivingAndABreak_TimesheetHoldsDistanceAndDurations()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var driver = await SignInAsync(company);
        await driver.CheckAndStartAsync(vehicleId, odometerKm: 2_000);

        (await driver.PostPositionAsync(vehicleId, DateTimeOffset.UtcNow, speed: 50)).EnsureSuccessStatusCode();
        await WaitForActivityAsync(driver, "driving");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        (await driver.PostPositionAsync(vehicleId, DateTimeOffset.UtcNow, speed: 0, latitude: 51.51)).EnsureSuccessStatusCode();
        await WaitForActivityAsync(driver, "otherWork");
        (await driver.ActivityAsync("break")).EnsureSuccessStatusCode();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        (await driver.ActivityAsync("otherWork")).EnsureSuccessStatusCode();

        using var response = await driver.EndAsync(2_137);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var timesheet = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2_000, 2_137, 137), (timesheet.GetProperty("startOdometerKm").GetInt32(), timesheet.GetProperty("endOdometerKm").GetInt32(), timesheet.GetProperty("distanceKm").GetInt32()));
        var driving = timesheet.GetProperty("drivingSeconds").GetInt32();
        var breaks = timesheet.GetProperty("breakSeconds").GetInt32();
        var otherWork = timesheet.GetProperty("otherWorkSeconds").GetInt32();
        Assert.InRange(driving, 1, 60);
        Assert.InRange(breaks, 1, 60);
        var span = timesheet.GetProperty("endedAt").GetDateTimeOffset() - timesheet.GetProperty("startedAt").GetDateTimeOffset();
        // Every second of the shift is driving, other work or a break here (nothing was posted as available); each total is rounded.
        Assert.InRange(driving + breaks + otherWork, span.TotalSeconds - 2, span.TotalSeconds + 2);
        var taken = Assert.Single(timesheet.GetProperty("breaks").EnumerateArray());
        Assert.True(taken.GetProperty("end").GetDateTimeOffset() > taken.GetProperty("start").GetDateTimeOffset());
        Assert.Equal(vehicleId, timesheet.GetProperty("vehicleId").GetGuid());
        Assert.Equal("offDuty", (await driver.CurrentAsync()).GetProperty("state").GetString());
        Assert.Equal(1, await ShiftRows.AuditEntriesAsync(fixture.ConnectionString, "timesheet", timesheet.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task End_FreesTheVehicle_MapDropsDriverAndAnotherDriverMayStart()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, manager.Cookies);
        using var driver = await SignInAsync(company);
        await driver.CheckAndStartAsync(vehicleId);
        await dashboard.WaitForAsync(v => v.VehicleId == vehicleId && v.DriverName == "Test driver", PushWait);

        (await driver.EndAsync(120_010)).EnsureSuccessStatusCode();

        var live = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicleId}/live");
        Assert.Equal(JsonValueKind.Null, live.GetProperty("driverName").ValueKind);
        var managerDriver = await ShiftDriver.SignInAsync(fixture.BaseAddress, fixture.ConnectionString, company, company.Email("manager"));
        using (managerDriver) await managerDriver.CheckAndStartAsync(vehicleId);
    }

    [Fact]
    public async Task StartAndEnd_DashboardReceivesShiftStartedThenShiftEnded()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, manager.Cookies);
        using var driver = await SignInAsync(company);

        var shift = await driver.CheckAndStartAsync(vehicleId);
        (await driver.EndAsync(120_005)).EnsureSuccessStatusCode();

        var ended = await dashboard.WaitForEventAsync("shiftEnded", e => e.DriverId == driver.Id, PushWait);
        var started = dashboard.Events.Single(e => e.Type == "shiftStarted" && e.DriverId == driver.Id);
        Assert.True(dashboard.Events.ToList().IndexOf(started) < dashboard.Events.ToList().IndexOf(ended));
        Assert.Equal((vehicleId, company.Vehicles[0].Registration, "Test driver"), (ended.VehicleId!.Value, ended.Registration, ended.DriverName));
        Assert.Equal(shift.GetProperty("shiftId").GetGuid().ToString(), ended.Details!["timesheetId"]);
        Assert.Equal("5", ended.Details["distanceKm"]);
    }

    [Fact]
    public async Task End_OdometerBelowStart_400NamingOdometerKmAndStillOnShift()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await SignInAsync(company);
        await driver.CheckAndStartAsync(company.Vehicles[0].VehicleId, odometerKm: 5_000);

        using var response = await driver.EndAsync(4_999);

        Assert.Contains("odometerKm", (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
        Assert.Equal("onShift", (await driver.CurrentAsync()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task EndAndActivity_OffDuty_409NamingShift()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await SignInAsync(company);

        using var end = await driver.EndAsync(10);
        using var activity = await driver.ActivityAsync("break");

        await ShiftProblemAssert.NamesFieldAsync(end, HttpStatusCode.Conflict, "shift");
        await ShiftProblemAssert.NamesFieldAsync(activity, HttpStatusCode.Conflict, "shift");
    }

    [Theory]
    [InlineData("{\"activity\":\"rest\"}")]
    [InlineData("{\"activity\":\"\"}")]
    [InlineData("{}")]
    public async Task Activity_NotAPostableActivity_400NamingActivity(string body)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await SignInAsync(company);
        await driver.CheckAndStartAsync(company.Vehicles[0].VehicleId);

        using var response = await driver.Client.PostAsync("/api/shifts/current/activity", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains("activity", (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Activity_Break_CurrentShowsBreakSinceNow()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await SignInAsync(company);
        await driver.CheckAndStartAsync(company.Vehicles[0].VehicleId);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        using var response = await driver.ActivityAsync("break");

        var shift = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("break", shift.GetProperty("activity").GetString());
        Assert.True(shift.GetProperty("activitySince").GetDateTimeOffset() >= before);
        Assert.Equal("break", (await driver.CurrentAsync()).GetProperty("activity").GetString());
        Assert.Equal("todayUtcTotals", shift.GetProperty("hours").GetProperty("basis").GetString());
    }

    private Task<ShiftDriver> SignInAsync(TestCompany company) =>
        ShiftDriver.SignInAsync(fixture.BaseAddress, fixture.ConnectionString, company, company.Email("driver"));

    /// <summary>The vehicle grain tells the driver grain one-way, so the change lands a moment after the position's 200.</summary>
    private static async Task WaitForActivityAsync(ShiftDriver driver, string activity)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while ((await driver.CurrentAsync()).GetProperty("activity").GetString() != activity)
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
