using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>The audit view's filters and paging, and the vehicle list's, against entries the API wrote.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class AuditViewTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task AuditFilters_UserActionAndDates_NarrowTheEntries()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using (var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin")))
            await CreateAsync(admin.Client, "AD70 MIN");
        using (var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager")))
        {
            var id = await CreateAsync(manager.Client, "MA70 NGR");
            using var update = await manager.Client.PutAsJsonAsync($"/api/vehicles/{id}",
                new { registration = "MA70NGR", type = "van", status = "vor", mileageKm = 0, version = 1 });
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        }
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));
        await page.GoToAsync("Audit log");
        var rows = page.Page.Locator("table.audit tbody tr[data-action]");
        await Expect(rows).ToHaveCountAsync(3);

        await page.Field("User").SelectOptionAsync(new SelectOptionValue { Label = "Test admin" });
        await page.Button("Filter").ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("Vehicle AD70MIN");

        await page.Field("User").SelectOptionAsync("");
        await page.Field("Action").SelectOptionAsync("update");
        await page.Button("Filter").ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("active → vor");

        var tomorrow = DateTime.Now.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.Field("From").FillAsync(tomorrow);
        await page.Button("Filter").ClickAsync();
        await Expect(rows).ToHaveCountAsync(0);
        await Expect(page.Page.Locator("table.audit .empty")).ToHaveTextAsync("No changes match these filters.");

        await page.Field("To (inclusive)").FillAsync(DateTime.Now.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Button("Filter").ClickAsync();
        await Expect(page.FieldError("to")).ToContainTextAsync("'to' must be after 'from'");
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task Paging_MoreThanAPage_NextAndPreviousWalkTheCursor()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using (var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager")))
        {
            for (var i = 0; i < 51; i++) await CreateAsync(manager.Client, $"PG{i:D2} ABC");
        }
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));

        await page.GoToAsync("Vehicles");
        var vehicles = page.Page.Locator("table.records tbody tr[data-vehicle-id]");
        await Expect(vehicles).ToHaveCountAsync(25);
        await Expect(vehicles.First).ToContainTextAsync("PG00ABC");
        await page.Button("Next").ClickAsync();
        await Expect(vehicles.First).ToContainTextAsync("PG25ABC");
        await page.Button("Next").ClickAsync();
        await Expect(vehicles).ToHaveCountAsync(1);
        await Expect(page.Button("Next")).ToBeDisabledAsync();
        await page.Button("Previous").ClickAsync();
        await Expect(vehicles.First).ToContainTextAsync("PG25ABC");
        await page.Field("Registration starts with").FillAsync("PG4");
        await page.Button("Filter").ClickAsync();
        await Expect(vehicles).ToHaveCountAsync(10);
        await Expect(page.Page.Locator(".pager-position").First).ToHaveTextAsync("Page 1");

        await page.GoToAsync("Audit log");
        var entries = page.Page.Locator("table.audit tbody tr[data-action]");
        await Expect(entries).ToHaveCountAsync(50);
        await page.Button("Next").ClickAsync();
        await Expect(entries).ToHaveCountAsync(1);
        await Expect(entries).ToContainTextAsync("Vehicle PG00ABC");
        page.AssertNoPolicyViolations();
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string registration)
    {
        using var response = await client.PostAsJsonAsync("/api/vehicles", new { registration, type = "van" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CreatedVehicle>())!.Id;
    }

    private sealed record CreatedVehicle(Guid Id);
}
