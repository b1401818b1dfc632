using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Api.Files;
using TitanFleet.Tests.Checks;
using TitanFleet.Tests.Fixtures;
using TitanFleet.Tests.Notifications;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>
/// The driver's phone page in a real Chromium at phone size, against a real silo and the issue 10
/// API (checks, shifts, timesheets), under the strict CSP: the walkaround, the shift and its end.
/// </summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DriverPageTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task DriverDay_NilDefectCheckShiftBreakEnd_ShowsTheTimesheet()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        var vehicle = company.Vehicles[1];
        await using var context = await DriverPage.NewPhoneContextAsync(chromium);
        var driver = await DriverPage.SignInAsync(context, fixture.BaseAddress, company.Email("driver"));

        await Expect(driver.Heading).ToHaveTextAsync("Choose your vehicle");
        await driver.ExpectFitsPhoneAsync();
        await driver.Management.ScreenshotAsync("driver-pick-vehicle");
        await driver.PickVehicleAsync(vehicle.Registration);
        await Expect(driver.Heading).ToHaveTextAsync(vehicle.Registration);
        await driver.Button("Walkaround check").ClickAsync();
        await Expect(driver.Heading).ToHaveTextAsync($"Walkaround check · {vehicle.Registration}");
        await driver.PassAllAsync();
        await driver.Field("Odometer (miles)").FillAsync("1000");
        await driver.Field("Fuel level (%)").FillAsync("75");
        await driver.ExpectFitsPhoneAsync();
        await driver.Management.ScreenshotAsync("driver-walkaround");
        await driver.Button("Submit check").ClickAsync();

        await Expect(driver.Heading).ToHaveTextAsync("Nil defect");
        await driver.Button("Start shift").ClickAsync();
        await Expect(driver.Heading).ToHaveTextAsync($"On shift · {vehicle.Registration}");
        await Expect(driver.Page.Locator(".hours")).ToBeVisibleAsync();
        await driver.Button("Break").ClickAsync();
        await Expect(driver.Button("Break")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(driver.Page.Locator(".activity-now")).ToContainTextAsync("Break since");
        await driver.ExpectFitsPhoneAsync();
        await driver.Management.ScreenshotAsync("driver-on-shift");
        await driver.Button("Available").ClickAsync();
        await Expect(driver.Button("Available")).ToHaveAttributeAsync("aria-pressed", "true");

        await driver.Field("Odometer (miles)").FillAsync("1012");
        await driver.Button("End shift").ClickAsync();
        await Expect(driver.Heading).ToHaveTextAsync("Shift ended");
        var timesheet = driver.Page.Locator(".timesheet");
        await Expect(timesheet).ToContainTextAsync(vehicle.Registration);
        await Expect(timesheet.GetByRole(AriaRole.List, new() { Name = "Breaks taken" }).Locator("li")).ToHaveCountAsync(1);
        await driver.Management.ScreenshotAsync("driver-timesheet");

        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var entries = JsonDocument.Parse(await manager.Client.GetStringAsync($"/api/timesheets?vehicleId={vehicle.VehicleId}")).RootElement.GetProperty("items");
        var entry = Assert.Single(entries.EnumerateArray());
        Assert.Equal(1609, entry.GetProperty("startOdometerKm").GetInt32());
        Assert.Equal(1629, entry.GetProperty("endOdometerKm").GetInt32());
        driver.Management.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task NotificationBell_DriverOwnCheckNotified_CountRisesLiveWithoutReload()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using (var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin")))
        {
            var rules = NotificationRequests.Settings(1, NotificationRequests.Rule(FleetEventTypes.CheckSubmitted, "ownDriver"));
            (await NotificationRequests.PutSettingsAsync(admin.Client, rules)).EnsureSuccessStatusCode();
        }
        await using var context = await DriverPage.NewPhoneContextAsync(chromium);
        var driver = await DriverPage.SignInAsync(context, fixture.BaseAddress, company.Email("driver"));
        var bell = driver.Page.GetByTestId("notification-bell");
        // A driver's bell reads its count once its hub connection is up.
        await Expect(bell).ToHaveAttributeAsync("aria-label", "Notifications, none unread");

        using var phone = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        (await CheckRequests.SubmitAsync(phone.Client, CheckRequests.Check(company.Vehicles[0].VehicleId, CheckRequests.HgvCodes))).EnsureSuccessStatusCode();

        await Expect(bell).ToHaveAttributeAsync("aria-label", "Notifications, 1 unread");
        driver.Management.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task Walkaround_DangerousFailureWithPhoto_VehicleOffRoadAndStartRefused()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        await using var context = await DriverPage.NewPhoneContextAsync(chromium);
        var driver = await DriverPage.SignInAsync(context, fixture.BaseAddress, company.Email("driver"));

        await driver.PickVehicleAsync(vehicle.Registration);
        await driver.Button("Walkaround check").ClickAsync();
        var steering = driver.CheckItem("Steering");
        await steering.GetByRole(AriaRole.Radio, new() { Name = "Fail", Exact = true }).CheckAsync();
        await Expect(steering.GetByLabel("Severity")).ToHaveValueAsync("dangerous");
        await steering.GetByLabel("What is wrong").FillAsync("Play in the steering wheel");
        await steering.GetByLabel("Add photo").SetInputFilesAsync(new FilePayload { Name = "steering.png", MimeType = "image/png", Buffer = FileSamples.Png });
        await Expect(steering.Locator(".photo-list li")).ToContainTextAsync("added");
        await driver.PassAllAsync();
        await driver.Field("Odometer (miles)").FillAsync("2000");
        await driver.Field("Fuel level (%)").FillAsync("40");
        await driver.Management.ScreenshotAsync("driver-walkaround-failure");
        await driver.Button("Submit check").ClickAsync();

        await Expect(driver.Heading).ToHaveTextAsync("1 defect reported");
        await Expect(driver.Page.Locator(".off-road")).ToContainTextAsync($"{vehicle.Registration} is off road (VOR)");
        await driver.ExpectFitsPhoneAsync();
        await driver.Management.ScreenshotAsync("driver-check-off-road");
        await driver.Button("Choose another vehicle").ClickAsync();
        await driver.PickVehicleAsync(vehicle.Registration);
        await driver.Button("Start shift").ClickAsync();
        await Expect(driver.Refusal).ToHaveAttributeAsync("data-kind", "offRoad");
        await Expect(driver.Refusal.Locator(".defect-list li")).ToHaveCountAsync(1);
        await driver.Management.ScreenshotAsync("driver-start-refused");

        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var record = JsonDocument.Parse(await manager.Client.GetStringAsync($"/api/vehicles/{vehicle.VehicleId}")).RootElement;
        Assert.Equal("vor", record.GetProperty("status").GetString());
        var inspections = JsonDocument.Parse(await manager.Client.GetStringAsync($"/api/inspections?vehicleId={vehicle.VehicleId}")).RootElement.GetProperty("items");
        var failed = Assert.Single(inspections.EnumerateArray()).GetProperty("results").EnumerateArray().Single(r => r.GetProperty("itemCode").GetString() == "steering");
        Assert.Single(failed.GetProperty("photoFileIds").EnumerateArray());
        driver.Management.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task StartShift_NoCheckToday_RefusedWithTheWayToTheWalkaround()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        await using var context = await DriverPage.NewPhoneContextAsync(chromium);
        var driver = await DriverPage.SignInAsync(context, fixture.BaseAddress, company.Email("driver"));

        await driver.PickVehicleAsync(vehicle.Registration);
        await driver.Button("Start shift").ClickAsync();

        await Expect(driver.Refusal).ToHaveAttributeAsync("data-kind", "checkNeeded");
        await Expect(driver.Refusal).ToContainTextAsync("submit a check first");
        await driver.Button("Do the walkaround check").ClickAsync();
        await Expect(driver.Heading).ToHaveTextAsync($"Walkaround check · {vehicle.Registration}");
    }

    [Fact]
    public async Task StartShift_VehicleInAnotherDriversShift_OffersHandoverWhichTakesIt()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await CheckAndStartShiftAsync(manager.Client, vehicle.VehicleId);
        await using var context = await DriverPage.NewPhoneContextAsync(chromium);
        var driver = await DriverPage.SignInAsync(context, fixture.BaseAddress, company.Email("driver"));

        await driver.PickVehicleAsync(vehicle.Registration);
        await driver.Button("Start shift").ClickAsync();
        await Expect(driver.Refusal).ToHaveAttributeAsync("data-kind", "inUse");
        await driver.Management.ScreenshotAsync("driver-handover-offered");
        await driver.Button("Take over (handover)").ClickAsync();

        await Expect(driver.Heading).ToHaveTextAsync($"On shift · {vehicle.Registration}");
        var managerShift = JsonDocument.Parse(await manager.Client.GetStringAsync("/api/shifts/current")).RootElement;
        Assert.Equal("offDuty", managerShift.GetProperty("state").GetString());
        driver.Management.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task Walkaround_UnansweredItemAndFailureWithoutNote_NamedNextToTheItems()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        await using var context = await DriverPage.NewPhoneContextAsync(chromium);
        var driver = await DriverPage.SignInAsync(context, fixture.BaseAddress, company.Email("driver"));
        await driver.PickVehicleAsync(company.Vehicles[0].Registration);
        await driver.Button("Walkaround check").ClickAsync();

        await driver.CheckItem("Horn").GetByRole(AriaRole.Radio, new() { Name = "Fail", Exact = true }).CheckAsync();
        await driver.Button("Submit check").ClickAsync();

        await Expect(driver.CheckItem("Horn").Locator(":scope > .field-error")).ToContainTextAsync("Say what is wrong");
        await Expect(driver.CheckItem("Steering").Locator(":scope > .field-error")).ToContainTextAsync("Choose pass, fail or N/A");
        await Expect(driver.Page.Locator(".field[data-field=odometerKm] .field-error")).ToContainTextAsync("odometer");
        await Expect(driver.Heading).ToContainTextAsync("Walkaround check");
    }

    [Fact]
    public async Task Navigation_ManagerOpensDriverPage_MechanicHasNoLink()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        await using var context = await chromium.NewContextAsync();
        var manager = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await manager.SignInAsync(company.Email("manager"));

        await manager.GoToAsync("Driver");
        await Expect(manager.Page.Locator(".driver-screen h1")).ToHaveTextAsync("Choose your vehicle");
        await manager.Link("Live map").ClickAsync();
        await Expect(manager.Navigation).ToBeVisibleAsync();
        manager.AssertNoPolicyViolations();

        await using var mechanicContext = await chromium.NewContextAsync();
        var mechanic = await ManagementPage.OpenAsync(mechanicContext, fixture.BaseAddress);
        await mechanic.SignInAsync(company.Email("mechanic"));
        await Expect(mechanic.Navigation.GetByRole(AriaRole.Link, new() { Name = "Vehicles", Exact = true })).ToBeVisibleAsync();
        await Expect(mechanic.Navigation.GetByRole(AriaRole.Link, new() { Name = "Driver", Exact = true })).ToHaveCountAsync(0);
    }

    /// <summary>Another shift worker takes the vehicle out through the API: an all-pass check, then a shift.</summary>
    private static async Task CheckAndStartShiftAsync(HttpClient client, Guid vehicleId)
    {
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/check-items?vehicleType=hgv")).RootElement.GetProperty("items");
        var results = list.EnumerateArray().Select(item => new { itemCode = item.GetProperty("code").GetString(), result = "pass" }).ToArray();
        using var check = await client.PostAsJsonAsync("/api/inspections", new { vehicleId, odometerKm = 1000, fuelLevelPercent = 50, results });
        Assert.True(check.IsSuccessStatusCode, await check.Content.ReadAsStringAsync());
        using var shift = await client.PostAsJsonAsync("/api/shifts", new { vehicleId });
        Assert.True(shift.IsSuccessStatusCode, await shift.Content.ReadAsStringAsync());
    }
}
