using System.Net;
using Microsoft.Playwright;
using TitanFleet.Tests.Api.Files;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Checks;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>The Checks screens under the strict policy: the filtered list, a check's items with notes and photo links, and adding a company item.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class ChecksViewTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task ChecksView_FilterAndOpenCheck_ShowsEachItemWithNoteAndPhotoLink()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        var (first, second) = (company.Vehicles[0], company.Vehicles[1]);
        using (var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver")))
        {
            var photo = (await RecordAsserts.JsonAsync(
                await driver.Client.PostAsync("/api/files", FileSamples.Form(FileSamples.Png, "mirror.png", "image/png", first.VehicleId)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
            (await CheckRequests.SubmitAsync(driver.Client, CheckRequests.Check(first.VehicleId, CheckRequests.HgvCodes,
                CheckRequests.Fail("mirrors_glass", "Cracked nearside mirror", photos: photo)))).EnsureSuccessStatusCode();
            (await CheckRequests.SubmitAsync(driver.Client, CheckRequests.Check(second.VehicleId, CheckRequests.HgvCodes))).EnsureSuccessStatusCode();
        }
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("mechanic"));

        await page.GoToAsync("Checks");
        var rows = page.Page.Locator("table.checks tbody tr[data-inspection-id]");
        await Expect(rows).ToHaveCountAsync(2);
        await page.Field("Defects").SelectOptionAsync("without");
        await page.Button("Filter").ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync(second.Registration);
        await Expect(rows).ToContainTextAsync("Nil defect");
        await page.Field("Defects").SelectOptionAsync("");
        await page.Field("Vehicle").SelectOptionAsync(new SelectOptionValue { Label = first.Registration });
        await page.Button("Filter").ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("1 defect");

        await rows.First.Locator("a").ClickAsync();
        var mirror = page.Page.Locator("table.check-results tr[data-item-code=mirrors_glass]");
        await Expect(page.Page.Locator("#check-title")).ToHaveTextAsync($"Check of {first.Registration}");
        await Expect(page.Page.Locator("table.check-results tbody tr")).ToHaveCountAsync(CheckRequests.HgvCodes.Length);
        await Expect(mirror).ToContainTextAsync("Fail");
        await Expect(mirror).ToContainTextAsync("Cracked nearside mirror");
        await Expect(mirror).ToContainTextAsync("Minor");
        await Expect(mirror.GetByRole(AriaRole.Link, new() { Name = "Photo 1" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/api/files/[0-9a-f-]{36}/content$"));
        await Expect(page.Link("Check items")).ToHaveCountAsync(0);
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task CheckItems_ManagerAddsItem_AppearsAfterBuiltInListAndDuplicateNamesCode()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));

        await page.GoToAsync("Checks");
        await page.Link("Check items").ClickAsync();
        var items = page.Page.Locator("table.check-items tbody tr");
        await Expect(items).ToHaveCountAsync(CheckRequests.HgvCodes.Length);
        await page.Field("Code").FillAsync("tail_lift");
        await page.Field("Label").FillAsync("Tail lift");
        await page.Field("Category").FillAsync("equipment");
        await page.Field("Severity when failed").SelectOptionAsync("dangerous");
        await page.Button("Add item").ClickAsync();
        await Expect(items).ToHaveCountAsync(CheckRequests.HgvCodes.Length + 1);
        await Expect(items.Last).ToContainTextAsync("Tail lift");
        await Expect(items.Last).ToContainTextAsync("Company");

        await page.Field("Code").FillAsync("horn");
        await page.Field("Label").FillAsync("Another horn");
        await page.Field("Category").FillAsync("cab");
        await page.Button("Add item").ClickAsync();
        await Expect(page.FieldError("code")).ToContainTextAsync("already has an item with this code");

        await page.Field("Vehicle type").SelectOptionAsync("van");
        await Expect(items.Filter(new() { HasText = "Tail lift" })).ToHaveCountAsync(0);
        page.AssertNoPolicyViolations();
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        Assert.Contains("tail_lift", await CheckRequests.CodesAsync(manager.Client));
    }
}
