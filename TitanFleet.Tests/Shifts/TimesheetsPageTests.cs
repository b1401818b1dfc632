using System.Net;
using Microsoft.Playwright;
using TitanFleet.Tests.Dashboard;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Shifts;

/// <summary>The managers' Timesheets view: filtered list and the in-place correction, against shifts ended through the API.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class TimesheetsPageTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Timesheets_FilterByVehicleAndCorrectOdometer_RowShowsNewDistance()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        await EndShiftAsync(company, company.Email("driver"), company.Vehicles[0].VehicleId);
        var (_, email) = await ShiftRows.InsertDriverAsync(fixture.ConnectionString, company, "Second Driver");
        await EndShiftAsync(company, email, company.Vehicles[1].VehicleId);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));

        await page.GoToAsync("Timesheets");
        var rows = page.Page.Locator("table.timesheets tbody tr[data-timesheet-id]");
        await Expect(rows).ToHaveCountAsync(2);
        await page.Field("Vehicle").SelectOptionAsync(new SelectOptionValue { Label = company.Vehicles[1].Registration });
        await page.Button("Filter").ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("Second Driver");

        await rows.GetByRole(AriaRole.Button, new() { Name = "Correct" }).ClickAsync();
        await page.Field("End odometer (km)").FillAsync("120161");
        await page.Button("Save").ClickAsync();

        await Expect(rows.Locator("[data-column=distance]")).ToHaveTextAsync("100 mi");
        await Expect(page.Notice).ToContainTextAsync("Saved the timesheet of Second Driver");
        page.AssertNoPolicyViolations();
    }

    private async Task EndShiftAsync(TestCompany company, string email, Guid vehicleId)
    {
        using var driver = await ShiftDriver.SignInAsync(fixture.BaseAddress, fixture.ConnectionString, company, email);
        await driver.CheckAndStartAsync(vehicleId, odometerKm: 120_000);
        using var end = await driver.EndAsync(120_010);
        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
    }
}
