using Microsoft.Playwright;
using TitanFleet.Tests.Dashboard;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Reminders;

/// <summary>The reminders screen in a real Chromium under the strict CSP: the default set offered with a new vehicle, the list by due date in status colours, a filter, add and complete.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class RemindersPageTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task NewVehicleDefaults_ThenAddOverdue_ListedByDueDateInStatusColoursAndCompleted()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await page.GoToAsync("Vehicles");
        await page.Link("Add vehicle").ClickAsync();
        await page.Field("Registration").FillAsync("yk22 rem");
        await page.Field("Type").SelectOptionAsync("hgv");
        await page.Field("Date of first registration").FillAsync(today.AddMonths(-18).ToString("yyyy-MM-dd"));
        await page.Button("Add vehicle").ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Added YK22REM. 5 reminders added.");

        await page.GoToAsync("Reminders");
        var rows = page.Page.Locator("table.reminders tbody tr");
        await Expect(rows).ToHaveCountAsync(5);
        await page.Button("Add reminder").ClickAsync();
        await page.Field("Vehicle").SelectOptionAsync(new SelectOptionValue { Label = company.Vehicles[0].Registration });
        await page.Field("Type").SelectOptionAsync("service");
        await page.Field("Title").FillAsync("Gearbox service");
        await page.Field("Due date").FillAsync(today.AddDays(-2).ToString("yyyy-MM-dd"));
        await page.Button("Save reminder").ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Gearbox service saved: Overdue.");

        // Sorted by due date: the overdue one first, in red; the rest of the default set after it.
        await Expect(rows).ToHaveCountAsync(6);
        var first = rows.First;
        await Expect(first).ToContainTextAsync("Gearbox service");
        var badge = first.Locator(".reminder-status");
        await Expect(badge).ToHaveTextAsync("Overdue");
        await Expect(badge).ToHaveCSSAsync("background-color", "rgb(185, 28, 28)");
        await Expect(rows.Nth(1).Locator(".reminder-status")).ToHaveCSSAsync("background-color", "rgb(21, 128, 61)");

        await page.Page.Locator("#reminder-filter-status").SelectOptionAsync("overdue");
        await Expect(rows).ToHaveCountAsync(1);
        await page.ScreenshotAsync("reminders-list");
        await page.Button("Complete Gearbox service").ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Gearbox service done.");
        await Expect(rows).ToContainTextAsync("No reminders match.");
        page.AssertNoPolicyViolations();
    }
}
