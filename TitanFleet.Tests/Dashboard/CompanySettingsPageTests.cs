using System.Text.Json;
using Microsoft.Playwright;
using TitanFleet.Tests.Api.Company;
using TitanFleet.Tests.Api.Vehicles;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;
using static TitanFleet.Tests.Checks.CheckRequests;

namespace TitanFleet.Tests.Dashboard;

/// <summary>The admins' company settings screen in a real Chromium: the units setting applies to what people read, at once and after a reload.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class CompanySettingsPageTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task CompanySettings_AdminSwitchesToKilometres_SpeedsAndMileagesReadInKmEverywhere()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using (var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager")))
        {
            var body = VehicleRequests.Create(registration: "KM70 ABC");
            body["mileageKm"] = 1609;
            await VehicleRequests.CreateAsync(manager.Client, body);
        }
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("admin"));

        await page.GoToAsync("Vehicles");
        await Expect(page.VehicleRow("KM70ABC")).ToContainTextAsync("1,000 mi");
        await page.GoToAsync("Company");
        await Expect(page.Field("HGV default speed limit (mph)")).ToHaveValueAsync("56");
        await page.Field("Units people read").SelectOptionAsync("kmh_km");
        await page.Field("Walkaround check due by").FillAsync("06:15");
        await page.Field("Overspeed counts after (seconds above the limit)").FillAsync("45");
        await page.Button("Save settings").ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Company settings saved.");
        await Expect(page.Field("HGV default speed limit (km/h)")).ToHaveValueAsync("90");
        await page.ScreenshotAsync("management-company-settings");

        await page.GoToAsync("Vehicles");
        await Expect(page.VehicleRow("KM70ABC")).ToContainTextAsync("1,609 km");
        await page.Page.ReloadAsync();
        await Expect(page.VehicleRow("KM70ABC")).ToContainTextAsync("1,609 km");
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var saved = await CompanyRequests.GetAsync(admin.Client);
        Assert.Equal("kmh_km", saved.GetProperty("displayUnits").GetString());
        Assert.Equal("06:15", saved.GetProperty("walkaroundCheckDueAt").GetString());
        Assert.Equal(45, saved.GetProperty("overspeedMinDurationSeconds").GetInt32());
        Assert.Equal(90, saved.GetProperty("speedLimitsKmh").GetProperty("hgv").GetInt32());
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task NotificationBell_AdminTicksCheckSubmitted_CountLiveClickMarksReadMarkAllClears()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("admin"));
        var bell = page.Page.GetByTestId("notification-bell");
        await Expect(bell).ToHaveAttributeAsync("aria-label", "Notifications, none unread");

        await page.GoToAsync("Company");
        await page.Page.GetByRole(AriaRole.Checkbox, new() { Name = "check submitted: Admins", Exact = true }).CheckAsync();
        await page.Button("Save notifications").ClickAsync();
        await Expect(page.Page.Locator(".rules-saved")).ToHaveTextAsync("Notification settings saved.");
        (await SubmitAsync(driver.Client, Check(vehicleId, HgvCodes))).EnsureSuccessStatusCode();
        await Expect(bell).ToHaveAttributeAsync("aria-label", "Notifications, 1 unread");

        await bell.ClickAsync();
        var item = page.Page.Locator(".bell-item").Filter(new() { HasText = "no defects" });
        await Expect(item).ToHaveAttributeAsync("data-unread", "true");
        await page.ScreenshotAsync("notification-bell");
        await item.ClickAsync();
        await Expect(item).ToHaveAttributeAsync("data-unread", "false");
        await Expect(bell).ToHaveAttributeAsync("aria-label", "Notifications, none unread");
        (await SubmitAsync(driver.Client, Check(vehicleId, HgvCodes))).EnsureSuccessStatusCode();
        await Expect(bell).ToHaveAttributeAsync("aria-label", "Notifications, 1 unread");
        await page.Button("Mark all read").ClickAsync();
        await Expect(bell).ToHaveAttributeAsync("aria-label", "Notifications, none unread");

        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        Assert.Equal(0, await Notifications.NotificationRequests.UnreadCountAsync(admin.Client));
        Assert.Equal(2, (await Notifications.NotificationRequests.ListAsync(admin.Client)).Length);
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task Navigation_Manager_HasNoCompanyLink()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));

        await Expect(page.Navigation.GetByRole(AriaRole.Link, new() { Name = "Vehicles", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Navigation.GetByRole(AriaRole.Link, new() { Name = "Company", Exact = true })).ToHaveCountAsync(0);
    }
}
