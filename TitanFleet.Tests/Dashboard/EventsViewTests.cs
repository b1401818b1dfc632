using Microsoft.Playwright;
using TitanFleet.Tests.Checks;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>The Events screen under the strict policy: typed history rows, filters, a vehicle's own history, and live events added on top when they match.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class EventsViewTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task EventsView_FilterByTypeThenLiveEvent_MatchingOneAddedOnTopOthersNot()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        var (first, second) = (company.Vehicles[0], company.Vehicles[1]);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        (await CheckRequests.SubmitAsync(driver.Client, CheckRequests.Check(second.VehicleId, CheckRequests.HgvCodes))).EnsureSuccessStatusCode();
        (await CheckRequests.SubmitAsync(driver.Client, CheckRequests.Check(first.VehicleId, CheckRequests.HgvCodes,
            CheckRequests.Fail("brakes_air", "Air pressure will not build")))).EnsureSuccessStatusCode();
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));
        await Expect(page.Page.Locator(".connection")).ToHaveAttributeAsync("data-state", "connected");

        await page.GoToAsync("Events");
        var rows = page.Page.Locator("table.events tbody tr[data-event-id]");
        await Expect(rows).ToHaveCountAsync(4);
        await Expect(rows.First).ToHaveAttributeAsync("data-type", "vehicleOffRoad");
        await Expect(rows.First).ToHaveAttributeAsync("data-group", "roadworthiness");
        await Expect(rows.First).ToHaveAttributeAsync("data-serious", "true");
        await Expect(rows.First).ToContainTextAsync("Vehicle off road");
        await Expect(rows.Last).ToHaveAttributeAsync("data-type", "checkSubmitted");

        await page.Field("Type").SelectOptionAsync("vehicleOffRoad");
        await page.Button("Filter").ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync(first.Registration);

        (await CheckRequests.SubmitAsync(driver.Client, CheckRequests.Check(second.VehicleId, CheckRequests.HgvCodes,
            CheckRequests.Fail("steering", "Excessive play")))).EnsureSuccessStatusCode();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync(second.Registration);
        await Expect(rows.First).ToHaveClassAsync("live-new");
        await Expect(page.Page.Locator("table.events tbody tr[data-type=checkSubmitted]")).ToHaveCountAsync(0);

        await rows.First.GetByRole(AriaRole.Link, new() { Name = second.Registration }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(4);
        Assert.All(await rows.Locator("th").AllTextContentsAsync(), registration => Assert.Equal(second.Registration, registration));
        await page.Field("From").FillAsync(DateTime.Today.AddDays(2).ToString("yyyy-MM-dd"));
        await page.Button("Filter").ClickAsync();
        await Expect(page.Page.Locator("table.events tbody")).ToContainTextAsync("No events match these filters.");
        page.AssertNoPolicyViolations();
    }
}
