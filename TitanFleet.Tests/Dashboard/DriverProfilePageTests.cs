using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>A driver's licence and CPC on the users screens: managers keep them up to date; the list flags what is running out.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DriverProfilePageTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public async Task SaveDriverProfile_Manager_FieldErrorsThenSavedAndExpiriesFlaggedInList()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, London).DateTime);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));
        await page.GoToAsync("Users");
        var row = DriverRow(page);
        await Expect(row).ToContainTextAsync("No driver profile");
        await Expect(page.Link("Add user")).ToHaveCountAsync(0);
        await Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToHaveCountAsync(0);

        await page.Link("Driver profile of Test driver").ClickAsync();
        await page.Field("Licence number").FillAsync("NOT A LICENCE");
        await page.Field("Licence categories").FillAsync("C, Z");
        await page.Field("Licence expiry").FillAsync(today.AddDays(10).ToString("yyyy-MM-dd"));
        await page.Button("Save driver profile").ClickAsync();
        await Expect(page.FieldError("licenceNumber")).ToContainTextAsync("UK driving licence number");
        await Expect(page.FieldError("licenceCategories")).ToContainTextAsync("must list categories among");
        await page.ScreenshotAsync("management-driver-profile-errors");

        await page.Field("Licence number").FillAsync("morga 753116 sm9ij");
        await page.Field("Licence categories").FillAsync("b c ce");
        await page.Field("Driver CPC expiry (optional)").FillAsync(today.AddDays(-3).ToString("yyyy-MM-dd"));
        await page.Button("Save driver profile").ClickAsync();
        await Expect(page.Page.Locator(".record-section .notice")).ToHaveTextAsync("Saved Test driver's driver profile.");
        await Expect(page.Field("Licence number")).ToHaveValueAsync("MORGA753116SM9IJ");
        await Expect(page.Field("Licence categories")).ToHaveValueAsync("B, C, CE");
        await page.ScreenshotAsync("management-driver-profile");

        await page.GoToAsync("Users");
        await Expect(row.Locator("[data-expiry=soon]")).ToContainTextAsync("expires in 10 days");
        await Expect(row.Locator("[data-expiry=expired]")).ToContainTextAsync("CPC");
        await Expect(row.Locator("[data-expiry=expired]")).ToContainTextAsync("expired 3 days ago");
        await page.ExpectFitsLaptopAsync();
        await page.ScreenshotAsync("management-users-expiry");
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task SaveDriverProfile_ChangedByOthersMeanwhile_ShowsConflictAndReloadsLatest()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var driverId = await DriverIdAsync(admin.Client, company);
        await SaveAsync(admin.Client, driverId, licenceExpiry: "2031-04-30", version: null);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));
        await page.GoToAsync("Users");
        await page.Link("Driver profile of Test driver").ClickAsync();
        await Expect(page.Field("Licence expiry")).ToHaveValueAsync("2031-04-30");

        await SaveAsync(admin.Client, driverId, licenceExpiry: "2032-01-31", version: 1);
        await page.Field("Licence categories").FillAsync("B");
        await page.Button("Save driver profile").ClickAsync();

        var conflict = page.Page.Locator(".record-section .conflict");
        await Expect(conflict).ToBeVisibleAsync();
        await Expect(conflict).ToContainTextAsync("Someone else changed this driver profile");
        await page.ScreenshotAsync("management-driver-profile-conflict");
        await page.Button("Reload latest").ClickAsync();
        await Expect(conflict).ToBeHiddenAsync();
        await Expect(page.Field("Licence expiry")).ToHaveValueAsync("2032-01-31");

        await page.Field("Licence categories").FillAsync("B");
        await page.Button("Save driver profile").ClickAsync();
        await Expect(page.Page.Locator(".record-section .notice")).ToHaveTextAsync("Saved Test driver's driver profile.");
        var saved = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/users/{driverId}");
        Assert.Equal((3, "B"), (saved.GetProperty("driverProfile").GetProperty("version").GetInt32(),
            saved.GetProperty("driverProfile").GetProperty("licenceCategories")[0].GetString()));
        page.AssertNoPolicyViolations();
    }

    private static ILocator DriverRow(ManagementPage page) =>
        page.Page.Locator("table.records tbody tr").Filter(new() { Has = page.Page.GetByRole(AriaRole.Rowheader, new() { Name = "Test driver" }) });

    private static async Task SaveAsync(HttpClient client, Guid driverId, string licenceExpiry, int? version)
    {
        using var response = await client.PutAsJsonAsync($"/api/users/{driverId}/driver-profile",
            new { licenceNumber = "MORGA753116SM9IJ", licenceCategories = new[] { "B", "C" }, licenceExpiry, cpcExpiry = (string?)null, version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<Guid> DriverIdAsync(HttpClient client, TestCompany company)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/users?role=driver");
        return page.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("email").GetString() == company.Email("driver")).GetProperty("id").GetGuid();
    }
}
