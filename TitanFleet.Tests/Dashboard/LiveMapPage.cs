using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>The live map page as a user drives it, plus the page's read-only test hook for what the canvas drew.</summary>
public sealed class LiveMapPage(IPage page)
{
    public static readonly TimeSpan ReconnectWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(10);

    public IPage Page => page;

    public ILocator Connection => page.Locator(".connection");

    public ILocator Card => page.Locator(".vehicle-card");

    public static async Task<LiveMapPage> OpenAsync(IBrowserContext context, Uri baseAddress)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseAddress.ToString());
        return new LiveMapPage(page);
    }

    public async Task SignInAsync(string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public Task ExpectConnectionAsync(string state, TimeSpan? timeout = null) =>
        Expect(Connection).ToHaveAttributeAsync("data-state", state, new() { Timeout = (float)(timeout ?? PushWait).TotalMilliseconds });

    public Task<RenderedVehicle?> RenderedAsync(Guid vehicleId) =>
        page.EvaluateAsync<RenderedVehicle?>("id => window.titanFleet.vehicle(id)", vehicleId.ToString());

    /// <summary>Waits until the canvas has drawn the vehicle at exactly this position.</summary>
    public async Task<RenderedVehicle> WaitForMarkerAsync(Guid vehicleId, double latitude, double longitude, TimeSpan? timeout = null)
    {
        await page.WaitForFunctionAsync(
            "([id, lat, lon]) => { const v = window.titanFleet && window.titanFleet.vehicle(id); return !!v && v.latitude === lat && v.longitude === lon; }",
            new object[] { vehicleId.ToString(), latitude, longitude },
            new() { Timeout = (float)(timeout ?? PushWait).TotalMilliseconds });
        return (await RenderedAsync(vehicleId))!;
    }

    public Task ShowVehicleAsync(Guid vehicleId, int zoom) =>
        page.EvaluateAsync("([id, zoom]) => window.titanFleet.showVehicle(id, zoom)", new object[] { vehicleId.ToString(), zoom });

    /// <summary>Clicks the marker where the canvas drew it, as a user would.</summary>
    public async Task ClickVehicleAsync(Guid vehicleId)
    {
        var marker = await RenderedAsync(vehicleId) ?? throw new InvalidOperationException($"Vehicle {vehicleId} is not drawn on the map");
        var map = await page.Locator("#map").BoundingBoxAsync() ?? throw new InvalidOperationException("The map is not visible");
        await page.Mouse.ClickAsync((float)(map.X + marker.X), (float)(map.Y + marker.Y));
    }

    public Task<int> TrailLengthAsync() => page.EvaluateAsync<int>("() => window.titanFleet.trailLength()");

    public Task<int> RenderedCountAsync() => page.EvaluateAsync<int>("() => window.titanFleet.renderedCount()");
}
