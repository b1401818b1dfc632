using Microsoft.Playwright;
using TitanFleet.Tests.Dashboard;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Geofences;

/// <summary>The geofences screen in a real Chromium under the strict CSP: a manager draws a polygon with leaflet-geoman and saves it.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class GeofenceEditorPageTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task DrawPolygon_Save_ListedAsPolygonWithItsPoints()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));

        await page.GoToAsync("Geofences");
        await page.Link("Add geofence").ClickAsync();
        await page.Field("Name").FillAsync("Wakefield yard");
        await page.Field("Type").SelectOptionAsync("depot");
        await page.Field("Speed limit inside (km/h, optional)").FillAsync("30");
        var map = page.Page.Locator(".geofence-editor-map");
        await Expect(map.Locator(".leaflet-pm-icon-polygon")).ToBeVisibleAsync();
        await map.Locator(".leaflet-pm-icon-polygon").ClickAsync();
        var box = (await map.BoundingBoxAsync())!;
        var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        (double X, double Y)[] corners = [(x - 120, y - 80), (x + 120, y - 80), (x + 120, y + 80), (x - 120, y + 80)];
        // Clicks further apart than a double click, as a person places vertices; clicking the first vertex closes the ring.
        foreach (var (cx, cy) in corners)
        {
            await page.Page.Mouse.MoveAsync((float)cx, (float)cy);
            await page.Page.Mouse.ClickAsync((float)cx, (float)cy);
            await page.Page.WaitForTimeoutAsync(400);
        }
        await map.Locator(".marker-icon:not(.cursor-marker)").First.ClickAsync(new() { Force = true });
        await page.Button("Save geofence").ClickAsync();

        await Expect(page.Notice).ToHaveTextAsync("Added Wakefield yard.");
        var row = page.Page.Locator("table.geofences tbody tr").Filter(new() { HasText = "Wakefield yard" });
        await Expect(row).ToContainTextAsync("Polygon, ");
        await Expect(row).ToContainTextAsync("Depot");
        await Expect(row).ToContainTextAsync("speed limit 30 km/h");
        await page.ScreenshotAsync("geofences-list");
        page.AssertNoPolicyViolations();
    }
}
