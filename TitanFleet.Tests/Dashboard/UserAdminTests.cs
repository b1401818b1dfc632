using Microsoft.Playwright;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>The users screens: admins only, under a strict CSP.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class UserAdminTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task ManageUser_Admin_AddsWithSetupTokenChangesRoleAndDeactivates()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        var email = $"new.mechanic.{Guid.NewGuid():N}@test.titanfleet.test";
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("admin"));

        await page.GoToAsync("Users");
        await page.Link("Add user").ClickAsync();
        await page.Field("Full name").FillAsync("Nia Spanner");
        await page.Field("Email").FillAsync(email);
        await page.Field("Role").SelectOptionAsync("mechanic");
        await page.Button("Add user").ClickAsync();
        await Expect(page.Field("One-time set-up link")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("#/setup\\?token=.{16,}"));
        await page.ScreenshotAsync("management-user-setup");

        await page.Link("Back to users").ClickAsync();
        var row = page.Page.Locator("table.records tbody tr").Filter(new() { HasText = email });
        await Expect(row).ToContainTextAsync("Set-up pending");
        await Expect(row).ToContainTextAsync("Mechanic");
        await page.ExpectFitsLaptopAsync();
        await page.ScreenshotAsync("management-users");
        await page.Link("Edit Nia Spanner").ClickAsync();
        await page.Field("Role").SelectOptionAsync("manager");
        await page.Button("Save changes").ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Saved Nia Spanner.");
        await Expect(row).ToContainTextAsync("Manager");

        await page.Button("Deactivate Nia Spanner").ClickAsync();
        await page.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Deactivate user" }).ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Nia Spanner deactivated.");
        await Expect(row).ToHaveCountAsync(0);
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task Users_Manager_ReadsListWithoutUserWritesAndAddRouteRefused()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));

        await Expect(page.Navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Live map", "Vehicles", "Geofences", "Reminders", "Defects", "Users", "Checks", "Events", "Reports", "Timesheets", "Audit log", "Driver"]);
        await page.GoToAsync("Users");
        await Expect(page.Page.GetByRole(AriaRole.Rowheader, new() { Name = "Test mechanic" })).ToBeVisibleAsync();
        await Expect(page.Link("Add user")).ToHaveCountAsync(0);
        await Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToHaveCountAsync(0);
        await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Deactivate" })).ToHaveCountAsync(0);
        await page.Page.EvaluateAsync("() => { location.hash = '#/users/new'; }");

        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Page not available" })).ToBeVisibleAsync();
        await Expect(page.Field("Full name")).ToHaveCountAsync(0);
        page.AssertNoPolicyViolations();
    }
}
