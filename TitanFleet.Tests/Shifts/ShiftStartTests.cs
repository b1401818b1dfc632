using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Shifts;

/// <summary>POST /api/shifts: the rules of a shift start, each refusal a 409 naming its field, and the binding in both grains.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class ShiftStartTests(SingleSiloFixture fixture)
{
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Start_OwnCheckToday_OnShiftAndVehicleShowsDriverAtOnce()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var driver = await SignInAsync(company, "driver");
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, manager.Cookies);
        var inspectionId = await driver.CheckAsync(vehicle.VehicleId, odometerKm: 101_234);

        using var response = await driver.StartAsync(vehicle.VehicleId);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var shift = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("onShift", shift.GetProperty("state").GetString());
        Assert.Equal(vehicle.VehicleId, shift.GetProperty("vehicleId").GetGuid());
        Assert.Equal(vehicle.Registration, shift.GetProperty("registration").GetString());
        Assert.Equal(101_234, shift.GetProperty("startOdometerKm").GetInt32());
        Assert.Equal("otherWork", shift.GetProperty("activity").GetString());
        Assert.Equal(inspectionId, shift.GetProperty("lastCheck").GetProperty("inspectionId").GetGuid());
        Assert.Equal(shift.GetProperty("shiftId").GetGuid(), (await driver.CurrentAsync()).GetProperty("shiftId").GetGuid());
        var (_, pushed) = await dashboard.WaitForAsync(v => v.VehicleId == vehicle.VehicleId && v.DriverName == "Test driver", PushWait);
        Assert.Equal(vehicle.Registration, pushed.Registration);
        var live = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicle.VehicleId}/live");
        Assert.Equal("Test driver", live.GetProperty("driverName").GetString());
    }

    [Fact]
    public async Task Start_NoCheck_409NamingCheck()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await SignInAsync(company, "driver");

        using var response = await driver.StartAsync(company.Vehicles[0].VehicleId);

        await ShiftProblemAssert.NamesFieldAsync(response, HttpStatusCode.Conflict, "check");
        Assert.Equal("offDuty", (await driver.CurrentAsync()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Start_OwnCheckTwoDaysOld_409NamingCheck()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await SignInAsync(company, "driver");
        await driver.CheckAsync(company.Vehicles[0].VehicleId, DateTimeOffset.UtcNow.AddDays(-2));

        using var response = await driver.StartAsync(company.Vehicles[0].VehicleId);

        await ShiftProblemAssert.NamesFieldAsync(response, HttpStatusCode.Conflict, "check");
    }

    [Fact]
    public async Task Start_AnotherDriversCheckWithinReuseWindow_Starts()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var (otherId, _) = await ShiftRows.InsertDriverAsync(fixture.ConnectionString, company, "Other Driver");
        await ShiftRows.InsertCheckAsync(fixture.ConnectionString, company, company.Vehicles[0].VehicleId, otherId, DateTimeOffset.UtcNow.AddMinutes(-90));
        using var driver = await SignInAsync(company, "driver");

        using var response = await driver.StartAsync(company.Vehicles[0].VehicleId, odometerKm: 5);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Start_AnotherDriversCheckOlderThanReuseWindow_409NamingCheck()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var (otherId, _) = await ShiftRows.InsertDriverAsync(fixture.ConnectionString, company, "Other Driver");
        await ShiftRows.InsertCheckAsync(fixture.ConnectionString, company, company.Vehicles[0].VehicleId, otherId, DateTimeOffset.UtcNow.AddMinutes(-150));
        using var driver = await SignInAsync(company, "driver");

        using var response = await driver.StartAsync(company.Vehicles[0].VehicleId);

        await ShiftProblemAssert.NamesFieldAsync(response, HttpStatusCode.Conflict, "check");
    }

    [Fact]
    public async Task Start_OpenDangerousDefect_409ListingTheDefects()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var driver = await SignInAsync(company, "driver");
        await driver.CheckAsync(vehicleId);
        var defectId = await ShiftRows.InsertDangerousDefectAsync(fixture.ConnectionString, company, vehicleId, driver.Id, "Air leak at the trailer coupling");

        using var response = await driver.StartAsync(vehicleId);

        var problem = await ShiftProblemAssert.NamesFieldAsync(response, HttpStatusCode.Conflict, "vehicleId");
        var listed = Assert.Single(problem.GetProperty("openDangerousDefects").EnumerateArray());
        Assert.Equal(defectId, listed.GetProperty("id").GetGuid());
        Assert.Equal(("brakes", "Air leak at the trailer coupling"), (listed.GetProperty("category").GetString(), listed.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Start_AlreadyOnShift_409NamingShift()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        using var driver = await SignInAsync(company, "driver");
        await driver.CheckAndStartAsync(company.Vehicles[0].VehicleId);
        await driver.CheckAsync(company.Vehicles[1].VehicleId);

        using var response = await driver.StartAsync(company.Vehicles[1].VehicleId);

        await ShiftProblemAssert.NamesFieldAsync(response, HttpStatusCode.Conflict, "shift");
        Assert.Equal(company.Vehicles[0].VehicleId, (await driver.CurrentAsync()).GetProperty("vehicleId").GetGuid());
    }

    [Fact]
    public async Task Start_VehicleInAnotherDriversShift_409NamingVehicleId()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var first = await SignInAsync(company, "driver");
        await first.CheckAndStartAsync(vehicleId);
        using var second = await NewDriverAsync(company, "Second Driver");
        await second.CheckAsync(vehicleId);

        using var response = await second.StartAsync(vehicleId);

        await ShiftProblemAssert.NamesFieldAsync(response, HttpStatusCode.Conflict, "vehicleId");
        Assert.Equal("offDuty", (await second.CurrentAsync()).GetProperty("state").GetString());
        Assert.Equal("onShift", (await first.CurrentAsync()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Start_TwoDriversAtOnce_ExactlyOneGetsTheVehicle()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var first = await SignInAsync(company, "driver");
        using var second = await NewDriverAsync(company, "Second Driver");
        await first.CheckAsync(vehicleId);
        await second.CheckAsync(vehicleId);

        var answers = await Task.WhenAll(first.StartAsync(vehicleId), second.StartAsync(vehicleId));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        foreach (var answer in answers) answer.Dispose();
    }

    [Fact]
    public async Task Start_Handover_EndsPreviousShiftWithTimesheetAndRaisesDriverChanged()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, manager.Cookies);
        using var first = await SignInAsync(company, "driver");
        var firstShift = await first.CheckAndStartAsync(vehicleId, odometerKm: 1_000);
        using var second = await NewDriverAsync(company, "Second Driver");
        await second.CheckAsync(vehicleId, odometerKm: 1_042);

        using var response = await second.StartAsync(vehicleId, handover: true);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("offDuty", (await first.CurrentAsync()).GetProperty("state").GetString());
        var timesheet = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/timesheets/{firstShift.GetProperty("shiftId").GetGuid()}");
        Assert.Equal((1_000, 1_042, 42), (timesheet.GetProperty("startOdometerKm").GetInt32(), timesheet.GetProperty("endOdometerKm").GetInt32(), timesheet.GetProperty("distanceKm").GetInt32()));
        Assert.Equal(first.Id, timesheet.GetProperty("driverId").GetGuid());
        var changed = await dashboard.WaitForEventAsync("driverChanged", e => e.VehicleId == vehicleId, PushWait);
        Assert.Equal(("Second Driver", first.Id.ToString()), (changed.DriverName, changed.Details!["previousDriverId"]));
        await dashboard.WaitForAsync(v => v.VehicleId == vehicleId && v.DriverName == "Second Driver", PushWait);
        using var positions = await first.PostPositionAsync(vehicleId, DateTimeOffset.UtcNow, speed: 0);
        Assert.Equal(HttpStatusCode.Forbidden, positions.StatusCode);
    }

    [Fact]
    public async Task Start_OtherCompanysVehicle_404LikeAMissingOne()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var other = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await SignInAsync(company, "driver");
        await driver.CheckAsync(other.Vehicles[0].VehicleId);

        using var theirs = await driver.StartAsync(other.Vehicles[0].VehicleId);
        using var missing = await driver.StartAsync(Guid.NewGuid());

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (theirs.StatusCode, missing.StatusCode));
        Assert.Equal(missing.Content.Headers.ContentType?.MediaType, theirs.Content.Headers.ContentType?.MediaType);
        Assert.Equal("offDuty", (await driver.CurrentAsync()).GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("{}", "vehicleId")]
    [InlineData("{\"vehicleId\":\"00000000-0000-0000-0000-000000000000\"}", "vehicleId")]
    [InlineData("{\"vehicleId\":\"6f1d1f3e-7d55-4c3c-9d0e-0d5f8d1a4b11\",\"odometerKm\":-1}", "odometerKm")]
    public async Task Start_InvalidRequest_400NamingTheField(string body, string field)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await SignInAsync(company, "driver");

        using var response = await driver.Client.PostAsync("/api/shifts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(field, (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Start_Mechanic_403()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var mechanic = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));

        using var response = await mechanic.Client.PostAsJsonAsync("/api/shifts", new { vehicleId = company.Vehicles[0].VehicleId });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Current_CompanyTimeZoneChanged_HoursWeekStartsOnMondayInTheNewZoneAtOnce()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        await SetTimeZoneAsync(admin.Client, "Asia/Tokyo");
        using var driver = await SignInAsync(company, "driver");
        await driver.CheckAndStartAsync(company.Vehicles[0].VehicleId);

        var inTokyo = WeekStart(await driver.CurrentAsync());
        await SetTimeZoneAsync(admin.Client, "America/New_York");
        var inNewYork = WeekStart(await driver.CurrentAsync());

        Assert.Contains(inTokyo, LocalMondays("Asia/Tokyo"));
        Assert.Contains(inNewYork, LocalMondays("America/New_York"));
    }

    private static async Task SetTimeZoneAsync(HttpClient admin, string timeZone)
    {
        var current = await Api.Company.CompanyRequests.GetAsync(admin);
        using var response = await admin.PutAsJsonAsync("/api/company", Api.Company.CompanyRequests.UpdateFrom(current, ("timeZone", timeZone)));
        response.EnsureSuccessStatusCode();
    }

    private static DateTimeOffset WeekStart(JsonElement shift) => shift.GetProperty("hours").GetProperty("weekStart").GetDateTimeOffset();

    /// <summary>The start of the zone's current week, a moment ago and now (the test may straddle a week boundary).</summary>
    private static DateTimeOffset[] LocalMondays(string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        DateTimeOffset MondayOf(DateTimeOffset instant)
        {
            var date = TimeZoneInfo.ConvertTime(instant, zone).Date;
            var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
            return new DateTimeOffset(monday, zone.GetUtcOffset(monday));
        }
        return [MondayOf(DateTimeOffset.UtcNow.AddMinutes(-5)), MondayOf(DateTimeOffset.UtcNow)];
    }

    private Task<ShiftDriver> SignInAsync(TestCompany company, string role) =>
        ShiftDriver.SignInAsync(fixture.BaseAddress, fixture.ConnectionString, company, company.Email(role));

    private async Task<ShiftDriver> NewDriverAsync(TestCompany company, string name)
    {
        var (_, email) = await ShiftRows.InsertDriverAsync(fixture.ConnectionString, company, name);
        return await ShiftDriver.SignInAsync(fixture.BaseAddress, fixture.ConnectionString, company, email);
    }
}
