using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TitanFleet.Grains.Reports;
using TitanFleet.Tests.Api.Vehicles;
using TitanFleet.Tests.Checks;
using TitanFleet.Tests.Defects;
using TitanFleet.Tests.Fixtures;
using TitanFleet.Tests.Reports;
using TitanFleet.Tests.Shifts;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>
/// The Reports screen and the header's fleet figures under the strict policy: each report's chart, table and CSV download
/// from data the test made (through the API where it can, rollup rows where the figures come from rollups), and figures
/// pushed live over the hub.
/// </summary>
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
        await Expect(page.Field("Driver")).ToBeVisibleAsync(); // the vehicle reports take a driver too: the vehicles they drove
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

    [Fact]
    public async Task ReportsView_ComplianceAfterACheckAndADangerousDefect_TableChartAndCsvShowTheCheckBeforeUseAndTheVor()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        var (checkedOne, broken) = (company.Vehicles[0], company.Vehicles[1]);
        var today = ReportRows.Today;
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using (var check = await CheckRequests.SubmitAsync(driver.Client, CheckRequests.Check(checkedOne.VehicleId, await CheckRequests.CodesAsync(driver.Client))))
            check.EnsureSuccessStatusCode();
        await DefectRequests.ReportAsync(driver.Client, broken.VehicleId, severity: "dangerous");
        // First use is the day's first fix, a rollup figure: after the check.
        await new ReportRows(fixture.ConnectionString, company.CompanyId)
            .VehicleDayAsync(checkedOne.VehicleId, today, distanceM: 1_000, movingSeconds: 60, idleSeconds: 0, firstFixAt: DateTimeOffset.UtcNow.AddSeconds(1));
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));

        await ShowAsync(page, "compliance", today, today);

        var rows = page.Page.Locator("table.report[data-report=compliance] tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        string[] day = [$"{today:yyyy-MM-dd}"];
        await Expect(rows.Filter(new() { HasText = checkedOne.Registration }).Locator("td"))
            .ToHaveTextAsync([.. day, checkedOne.Registration, "Yes", "1", "0", "0", "0", "—", "No", "—", "—"]);
        await Expect(rows.Filter(new() { HasText = broken.Registration }).Locator("td"))
            .ToHaveTextAsync([.. day, broken.Registration, "—", "0", "0", "0", "1", "0", "Yes", "—", "—"]);
        Assert.True(await BarPixelsAsync(page.Page, "#dc2626") > 1000, "the chart draws no off-road (VOR) bar");
        var csv = await DownloadCsvAsync(page);
        Assert.Equal("day,vehicleId,registration,depot,firstUseAt,firstCheckAt,checkedBeforeFirstUse,nilDefectReports,defectReports,"
            + "openMinorDefects,openDangerousDefects,oldestOpenDefectAgeDays,vor,remindersDueSoon,remindersOverdue", csv[0]);
        Assert.Equal(3, csv.Length);
        var brokenLine = Assert.Single(csv, line => line.Contains(broken.VehicleId.ToString(), StringComparison.Ordinal));
        Assert.EndsWith(",,,,0,0,0,1,0,true,,", brokenLine);
        var checkedLine = Assert.Single(csv, line => line.Contains(checkedOne.VehicleId.ToString(), StringComparison.Ordinal)).Split(',');
        Assert.Equal(["true", "1", "0", "0", "0", "", "false"], checkedLine[6..13]);
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task ReportsView_DriversAfterACheckedShiftAndRollupFigures_TableChartAndCsvShowShiftsGpsFiguresAndFixes()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        var today = ReportRows.Today;
        using var driver = await ShiftDriver.SignInAsync(fixture.BaseAddress, fixture.ConnectionString, company, company.Email("driver"));
        using (var check = await CheckRequests.SubmitAsync(driver.Client, CheckRequests.Check(vehicleId, await CheckRequests.CodesAsync(driver.Client))))
            check.EnsureSuccessStatusCode();
        using (var start = await driver.StartAsync(vehicleId, odometerKm: 120_000)) start.EnsureSuccessStatusCode();
        using (var end = await driver.EndAsync(120_137)) end.EnsureSuccessStatusCode();
        // The shift's end wrote the driver's day; its GPS figures are the rollups' to fill from history, so the test sets them.
        await new ReportRows(fixture.ConnectionString, company.CompanyId).DriverDayPositionsAsync(
            driver.Id, today, geofenceVisits: 2, distanceM: 150_250, movingSeconds: 5400, idleSeconds: 900, maxSpeedKmh: 88.44,
            first: new(ReportRows.At(today, 6, 10), Latitude: 51.5, Longitude: -0.12), last: new(ReportRows.At(today, 15), Latitude: 52, Longitude: -1));
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));

        await ShowAsync(page, "drivers", today, today);

        var row = page.Page.Locator("table.report[data-report=drivers] tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td:nth-child(-n+13)"))
            .ToHaveTextAsync(["Test driver", "1", "100", "137", "0", "0", "0", "0", "150.25", "1.5", "0.25", "2", "88.4"]);
        var (first, last) = (row.Locator("td:nth-child(14)"), row.Locator("td:nth-child(15)"));
        await Expect(first).ToHaveTextAsync($"{today:dd/MM/yyyy}, 06:10");
        await Expect(first).ToHaveAttributeAsync("title", "51.5, -0.12");
        await Expect(last).ToHaveTextAsync($"{today:dd/MM/yyyy}, 15:00");
        await Expect(last).ToHaveAttributeAsync("title", "52, -1");
        Assert.True(await BarPixelsAsync(page.Page, "#2563eb") > 1000, "the chart draws no check completion bar");
        var csv = await DownloadCsvAsync(page);
        Assert.Equal("driverId,driverName,shifts,checkedShifts,checkCompletionPercent,daysDriven,distanceKm,drivingHours,otherWorkHours,"
            + "overspeedEvents,overspeedPer100Km,hoursBreaches,geofenceVisits,gpsDistanceKm,movingHours,idleHours,maxSpeedKmh,"
            + "firstFixAt,firstLatitude,firstLongitude,lastFixAt,lastLatitude,lastLongitude", csv[0]);
        var line = Assert.Single(csv[1..]);
        Assert.StartsWith($"{driver.Id},Test driver,1,1,100,1,137,", line);
        Assert.EndsWith($",2,150.25,1.5,0.25,88.4,{ReportRows.At(today, 6, 10):yyyy-MM-dd'T'HH:mm:ss'Z'},51.5,-0.12,{ReportRows.At(today, 15):yyyy-MM-dd'T'HH:mm:ss'Z'},52,-1", line);
        page.AssertNoPolicyViolations();
    }

    private static async Task ShowAsync(ManagementPage page, string report, DateOnly from, DateOnly to)
    {
        await page.GoToAsync("Reports");
        await page.Field("Report").SelectOptionAsync(report);
        await page.Field("From").FillAsync($"{from:yyyy-MM-dd}");
        await page.Field("To (inclusive)").FillAsync($"{to:yyyy-MM-dd}");
        await page.Button("Show report").ClickAsync();
        await Expect(page.Page.Locator($"table.report[data-report={report}]")).ToBeVisibleAsync();
        await Expect(page.Page.Locator(".report-chart canvas")).ToBeVisibleAsync();
    }

    /// <summary>The chart's pixels in one dataset's colour: a legend box has a few hundred, a drawn bar thousands.</summary>
    private static Task<int> BarPixelsAsync(IPage page, string colour) => page.EvaluateAsync<int>("""
        (colour) => {
          const canvas = document.querySelector('.report-chart canvas');
          const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
          const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          let count = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) count++;
          return count;
        }
        """, colour);

    /// <summary>The CSV the page links to, fetched with the page's own session (its cookies), as lines.</summary>
    private async Task<string[]> DownloadCsvAsync(ManagementPage page)
    {
        var href = await page.Link("Download CSV").GetAttributeAsync("href");
        var response = await page.Page.APIRequest.GetAsync(new Uri(fixture.BaseAddress, href).ToString());
        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.Headers["content-type"]);
        return (await response.TextAsync()).TrimEnd().Split("\r\n");
    }
}
