using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TitanFleet.Tests.Dashboard;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;
using static TitanFleet.Tests.Geofences.GeofenceRequests;

namespace TitanFleet.Tests.Geofences;

/// <summary>
/// The geofences screens in a real Chromium under the strict CSP: a manager draws a polygon with
/// leaflet-geoman and saves it, edits one (a dragged vertex, a new name), meets a stale version,
/// deletes one, and sees who is inside on the detail screen and the live map.
/// </summary>
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

    [Fact]
    public async Task EditShape_DragVertexAndRename_SavedWithTheNewShape()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = await CreateAsync(manager.Client, Polygon(name: "Leeds yard"));
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));

        await page.GoToAsync("Geofences");
        await page.Link("Edit Leeds yard").ClickAsync();
        await Expect(page.Field("Name")).ToHaveValueAsync("Leeds yard");
        var vertices = page.Page.Locator(".geofence-editor-map .marker-icon:not(.marker-icon-middle)");
        await Expect(vertices).ToHaveCountAsync(4);
        var vertex = (await vertices.First.BoundingBoxAsync())!;
        var (x, y) = (vertex.X + vertex.Width / 2, vertex.Y + vertex.Height / 2);
        await page.Page.Mouse.MoveAsync((float)x, (float)y);
        await page.Page.Mouse.DownAsync();
        await page.Page.Mouse.MoveAsync((float)x - 40, (float)y - 30, new() { Steps = 8 });
        await page.Page.Mouse.UpAsync();
        await page.Field("Name").FillAsync("Leeds yard north");
        await page.Button("Save changes").ClickAsync();

        await Expect(page.Notice).ToHaveTextAsync("Saved Leeds yard north.");
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Leeds yard north" })).ToBeVisibleAsync();
        var saved = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/geofences/{created.Id()}");
        Assert.Equal("Leeds yard north", saved.GetProperty("name").GetString());
        Assert.Equal(created.Version() + 1, saved.Version());
        Assert.NotEqual(created.GetProperty("polygon").GetString(), saved.GetProperty("polygon").GetString());
        Assert.Equal(5, JsonDocument.Parse(saved.GetProperty("polygon").GetString()!).RootElement.GetProperty("coordinates")[0].GetArrayLength());
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task EditThenDelete_ChangedMeanwhile_ConflictShownReloadThenSavesAndDeletes()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = await CreateAsync(manager.Client, Polygon(name: "Hull dock"));
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));
        await page.GoToAsync("Geofences");
        await page.Link("Edit Hull dock").ClickAsync();
        await Expect(page.Field("Name")).ToHaveValueAsync("Hull dock");

        using var theirs = await manager.Client.PutAsJsonAsync($"/api/geofences/{created.Id()}", Polygon(name: "Hull dock east", version: created.Version()));
        theirs.EnsureSuccessStatusCode();
        await page.Field("Name").FillAsync("Hull dock west");
        await page.Button("Save changes").ClickAsync();
        var conflict = page.Page.Locator(".conflict");
        await Expect(conflict).ToContainTextAsync("Someone else changed this geofence");
        await page.Button("Reload latest").ClickAsync();
        await Expect(page.Field("Name")).ToHaveValueAsync("Hull dock east");
        await Expect(conflict).ToBeHiddenAsync();
        await page.Field("Name").FillAsync("Hull dock west");
        await page.Button("Save changes").ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Saved Hull dock west.");

        await page.Button("Delete geofence").ClickAsync();
        await page.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete geofence" }).ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Hull dock west deleted.");
        using var gone = await manager.Client.GetAsync($"/api/geofences/{created.Id()}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task Occupancy_VehicleInside_ShownOnLiveMapAndDetail()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        // Kilometres across, so at the live map's zoom on one vehicle its corner is clear of the vehicle's marker.
        var geofence = (await CreateAsync(manager.Client, Polygon("POLYGON ((-0.16 51.49, -0.08 51.49, -0.08 51.52, -0.16 51.52, -0.16 51.49))", name: "Park Royal"))).Id();
        var t0 = VehicleDrive.Start();
        await VehicleDrive.PostAsync(fixture.BaseAddress, vehicle, (t0, 51.47, InsideLongitude), (t0.AddMinutes(1), InsideLatitude, InsideLongitude));
        await WaitForOccupantsAsync(manager.Client, geofence, 1);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));

        var shape = page.Page.Locator("path.leaflet-interactive");
        await Expect(shape).ToHaveCountAsync(1);
        await shape.ClickAsync(new() { Position = new() { X = 6, Y = 6 } });
        var popup = page.Page.Locator(".leaflet-popup-content");
        await Expect(popup).ToContainTextAsync($"Inside: {vehicle.Registration}");
        await popup.GetByRole(AriaRole.Link, new() { Name = "Details" }).ClickAsync();

        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Park Royal" })).ToBeVisibleAsync();
        var occupants = page.Page.Locator("table.occupants tbody tr");
        await Expect(occupants).ToHaveCountAsync(1);
        await Expect(occupants.First).ToContainTextAsync(vehicle.Registration);
        await page.ScreenshotAsync("geofence-detail");
        page.AssertNoPolicyViolations();
    }

    private static async Task WaitForOccupantsAsync(HttpClient client, Guid geofenceId, int count)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (true)
        {
            var occupants = await client.GetFromJsonAsync<JsonElement[]>($"/api/geofences/{geofenceId}/occupants");
            if (occupants!.Length == count) return;
            if (DateTimeOffset.UtcNow > deadline) Assert.Fail($"geofence {geofenceId} has {occupants.Length} occupants, not {count}");
            await Task.Delay(100);
        }
    }
}
