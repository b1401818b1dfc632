using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TitanFleet.Tests.Api.Vehicles;
using TitanFleet.Tests.Defects;
using TitanFleet.Tests.Fixtures;
using TitanFleet.Tests.Reports;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>The Reports screen and the header's fleet figures under the strict policy: chart, table (per vehicle), per-day CSV download, and figures pushed live over the hub.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class ReportsViewTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task ReportsView_UtilisationRangeThenDangerousDefectAndRegisterChange_ChartTableCsvAndHeaderFollows()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        var (first, second) = (company.Vehicles[0], company.Vehicles[1]);
        var rows = new ReportRows(fixture.ConnectionString, company.CompanyId);
        var day = new DateOnly(2026, 6, 10);
        await rows.VehiclesCreatedAsync(day.AddDays(-30));
        await rows.VehicleDayAsync(first.VehicleId, day, distanceM: 120_000, movingSeconds: 7200, idleSeconds: 1800);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        await DefectRequests.ReportAsync(driver.Client, first.VehicleId, severity: "dangerous");
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));
        await Expect(page.Page.Locator(".connection")).ToHaveAttributeAsync("data-state", "connected");
        var vor = page.Page.Locator(".fleet-stats [data-stat=vor] .stat-value");
        await Expect(vor).ToHaveTextAsync("1");
        await Expect(page.Page.Locator(".fleet-stats [data-stat=onShift] .stat-value")).ToHaveTextAsync("0");

        await page.GoToAsync("Reports");
        await page.Field("Report").SelectOptionAsync("utilisation");
        await page.Field("From").FillAsync($"{day:yyyy-MM-dd}");
        await page.Field("To (inclusive)").FillAsync($"{day.AddDays(1):yyyy-MM-dd}");
        await page.Button("Show report").ClickAsync();

        var table = page.Page.Locator("table.report[data-report=utilisation] tbody tr");
        await Expect(table).ToHaveCountAsync(2);
        await Expect(page.Page.Locator("table.report tbody")).ToContainTextAsync("120");
        await Expect(page.Page.Locator(".report-summary")).ToContainTextAsync("1 of 4 available vehicle-days used (25 %)");
        await Expect(page.Page.Locator(".report-chart canvas")).ToBeVisibleAsync();
        await Expect(page.Field("Driver")).ToBeHiddenAsync();
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Link("Download CSV").ClickAsync());
        Assert.Equal($"utilisation-{day:yyyy-MM-dd}-{day.AddDays(1):yyyy-MM-dd}.csv", download.SuggestedFilename);
        var csv = (await File.ReadAllTextAsync(await download.PathAsync())).TrimEnd().Split("\r\n");
        Assert.StartsWith("day,vehicleId,", csv[0]);
        Assert.Equal(1 + 4 + 1, csv.Length); // the table's two vehicles, the CSV's four vehicle-days, and the totals

        await DefectRequests.ReportAsync(driver.Client, second.VehicleId, severity: "dangerous");
        await Expect(vor).ToHaveTextAsync("2");

        // A register change raises no fleet event the page could react to: only the pushed figures move the header.
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var current = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{second.VehicleId}");
        (await manager.Client.PutAsJsonAsync($"/api/vehicles/{second.VehicleId}", VehicleRequests.UpdateFrom(current, ("status", "maintenance")))).EnsureSuccessStatusCode();
        await Expect(page.Page.Locator(".fleet-stats [data-stat=maintenance] .stat-value")).ToHaveTextAsync("1");
        await Expect(vor).ToHaveTextAsync("1");
        page.AssertNoPolicyViolations();
    }
}
