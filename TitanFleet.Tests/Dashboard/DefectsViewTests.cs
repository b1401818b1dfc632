using Microsoft.Playwright;
using TitanFleet.Tests.Defects;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>
/// A mechanic on the page: the live feed and the open-defects panel show a dangerous defect as it is
/// reported, and the Defects view takes it through start work, assigning and unassigning, and the
/// sign-off (no correction needed asks for its reason) until the vehicle is back in service.
/// </summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DefectsViewTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Mechanic_DangerousDefectReported_SeesItLiveThenStartsAndSignsItOff()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("mechanic"));
        await Expect(page.Page.Locator(".open-defects")).ToContainTextAsync("No open defects.");

        using (var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver")))
            await DefectRequests.ReportAsync(driver.Client, vehicle.VehicleId, severity: "dangerous", category: "Brakes");

        await Expect(page.Page.Locator(".event-feed")).ToContainTextAsync($"{vehicle.Registration} is off road (VOR): Brakes");
        await Expect(page.Page.Locator(".open-defect-vehicle[data-dangerous=true]")).ToContainTextAsync(vehicle.Registration);

        await page.GoToAsync("Defects");
        var row = page.Page.Locator("table.defects tbody tr[data-defect-id]");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Dangerous (VOR)");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Button("Acknowledge")).ToBeVisibleAsync();
        await page.Button("Start work").ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Work started.");
        await Expect(page.Button("Acknowledge")).ToHaveCountAsync(0);

        await page.Field("Assign to").SelectOptionAsync(new SelectOptionValue { Label = "Me (Test mechanic)" });
        await page.Button("Assign").ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Assigned.");
        await page.Field("Assign to").SelectOptionAsync(new SelectOptionValue { Label = "No one" });
        await page.Button("Assign").ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Unassigned.");
        await Expect(page.Field("Assign to")).ToHaveValueAsync("");

        await page.Field("Outcome").SelectOptionAsync("noCorrectionNeeded");
        await page.Button("Sign off").ClickAsync();
        await Expect(page.FieldError("reason")).ToHaveTextAsync("Say why no correction is needed.");

        await page.Field("Outcome").SelectOptionAsync("rectified");
        await page.Field("Work done").FillAsync("Replaced the offside brake chamber");
        await page.Field("Cost (£)").FillAsync("84.20");
        await page.Button("Sign off").ClickAsync();

        await Expect(page.Notice).ToHaveTextAsync("Rectification signed off.");
        await Expect(page.Page.Locator(".rectification")).ToContainTextAsync("Signed off by Test mechanic");
        await Expect(page.Page.Locator(".rectification")).ToContainTextAsync("Cost: £84.20");
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        Assert.Equal("active", await DefectRequests.VehicleStatusAsync(manager.Client, vehicle.VehicleId));
        page.AssertNoPolicyViolations();
    }
}
