using Microsoft.Playwright;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>The live map in a real (headless) Chromium against a real silo.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class LiveMapTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    // Depots across Great Britain, so the screenshot shows the whole island.
    private static readonly (double Latitude, double Longitude, double Speed)[] Depots =
    [
        (51.5072, -0.1276, 42), (52.4862, -1.8904, 0), (53.4808, -2.2426, 65), (53.8008, -1.5491, 0),
        (55.8642, -4.2518, 30), (55.9533, -3.1883, 0), (51.4545, -2.5879, 55), (54.9783, -1.6178, 0),
        (50.3755, -4.1427, 48), (57.1497, -2.0943, 20),
    ];

    [Fact]
    public async Task SignIn_ManagerWithPositionedFleet_DrawsVehiclesAndWritesScreenshot()
    {
        var company = await fixture.NewCompanyAsync(vehicles: Depots.Length);
        for (var i = 0; i < Depots.Length; i++)
            await VehiclePositions.PostAsync(fixture.BaseAddress, company.Vehicles[i], Depots[i].Latitude, Depots[i].Longitude, Depots[i].Speed, heading: i * 36);
        await using var context = await chromium.NewContextAsync();
        var map = await LiveMapPage.OpenAsync(context, fixture.BaseAddress);

        await map.SignInAsync(company.Email("manager"), TestCompany.Password);

        await map.ExpectConnectionAsync("connected");
        await Expect(map.Connection).ToHaveTextAsync("Live");
        for (var i = 0; i < Depots.Length; i++)
            await map.WaitForMarkerAsync(company.Vehicles[i].VehicleId, Depots[i].Latitude, Depots[i].Longitude);
        Assert.Equal("moving", (await map.RenderedAsync(company.Vehicles[0].VehicleId))!.Status);
        Assert.Equal("stopped", (await map.RenderedAsync(company.Vehicles[1].VehicleId))!.Status);
        await Expect(map.Page.GetByRole(AriaRole.Option).Filter(new() { HasText = company.Vehicles[0].Registration })).ToBeVisibleAsync();
        await map.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var screenshot = RepoRoot.Combine("TestResults/dashboard.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await map.Page.ScreenshotAsync(new() { Path = screenshot });
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndStaysOnForm()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        await using var context = await chromium.NewContextAsync();
        var map = await LiveMapPage.OpenAsync(context, fixture.BaseAddress);

        await map.SignInAsync(company.Email("manager"), "not-the-password");

        await Expect(map.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Email or password is not right.");
        await Expect(map.Connection).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SignIn_Driver_LandsOnTheDriverPageNotTheMap()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        await using var context = await chromium.NewContextAsync();
        var map = await LiveMapPage.OpenAsync(context, fixture.BaseAddress);

        await map.SignInAsync(company.Email("driver"), TestCompany.Password);

        await Expect(map.Page.Locator(".driver-screen h1")).ToHaveTextAsync("Choose your vehicle");
        await Expect(map.Page.Locator("#map")).ToHaveCountAsync(0);
        await Expect(map.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task VehiclesUpdated_DevicePostsPosition_MarkerMoves()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        await VehiclePositions.PostAsync(fixture.BaseAddress, vehicle, 53.4808, -2.2426, speed: 40, heading: 90);
        await using var context = await chromium.NewContextAsync();
        var map = await LiveMapPage.OpenAsync(context, fixture.BaseAddress);
        await map.SignInAsync(company.Email("manager"), TestCompany.Password);
        var before = await map.WaitForMarkerAsync(vehicle.VehicleId, 53.4808, -2.2426);

        await VehiclePositions.PostAsync(fixture.BaseAddress, vehicle, 53.4812, -2.2380, speed: 45, heading: 80);

        var after = await map.WaitForMarkerAsync(vehicle.VehicleId, 53.4812, -2.2380);
        Assert.True(after.X > before.X, $"moving east should move the marker right: {before.X} -> {after.X}");
    }

    [Fact]
    public async Task ClickVehicle_OnMap_ShowsCardAndTodaysTrail()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        await VehiclePositions.PostAsync(fixture.BaseAddress, vehicle, 52.2053, 0.1218, speed: 30, heading: 10);
        await VehiclePositions.PostAsync(fixture.BaseAddress, vehicle, 52.2080, 0.1225, speed: 36, heading: 12);
        await using var context = await chromium.NewContextAsync();
        var map = await LiveMapPage.OpenAsync(context, fixture.BaseAddress);
        await map.SignInAsync(company.Email("manager"), TestCompany.Password);
        await map.WaitForMarkerAsync(vehicle.VehicleId, 52.2080, 0.1225);

        await map.ClickVehicleAsync(vehicle.VehicleId);

        await Expect(map.Card).ToBeVisibleAsync();
        await Expect(map.Card.GetByRole(AriaRole.Heading)).ToHaveTextAsync(vehicle.Registration);
        await Expect(map.Card.Locator("[data-field=speed]")).ToHaveTextAsync("22 mph");
        await Expect(map.Card.Locator("[data-field=driver]")).ToHaveTextAsync("Not assigned");
        await Expect(map.Card.Locator("[data-field=defects]")).ToHaveTextAsync("None recorded yet");
        await Expect(map.Card.Locator("[data-field=trail]")).ToHaveTextAsync("2 positions since midnight");
        await Expect(map.Card.Locator("[data-field=lastSeen]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("ago|just now"));
        Assert.Equal(2, await map.TrailLengthAsync());
    }

    [Fact]
    public async Task Connection_KilledWhileVehicleMoves_ReconnectsAndResynchronises()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        await VehiclePositions.PostAsync(fixture.BaseAddress, vehicle, 51.4545, -2.5879, speed: 20);
        await using var context = await chromium.NewContextAsync();
        var map = await LiveMapPage.OpenAsync(context, fixture.BaseAddress);
        IWebSocketRoute? hub = null;
        await map.Page.RouteWebSocketAsync("**/hubs/fleet**", socket =>
        {
            hub = socket;
            socket.ConnectToServer();
        });
        await map.SignInAsync(company.Email("manager"), TestCompany.Password);
        await map.ExpectConnectionAsync("connected");
        await map.WaitForMarkerAsync(vehicle.VehicleId, 51.4545, -2.5879);

        // The network goes away: the hub socket drops and reconnect attempts fail until it is back.
        await context.SetOfflineAsync(true);
        await hub!.CloseAsync(new() { Code = 4000, Reason = "connection killed by test" });
        await map.ExpectConnectionAsync("reconnecting");
        await Expect(map.Connection).ToContainTextAsync("Reconnecting");
        await VehiclePositions.PostAsync(fixture.BaseAddress, vehicle, 51.4550, -2.5860, speed: 25);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(51.4545, (await map.RenderedAsync(vehicle.VehicleId))!.Latitude);
        await context.SetOfflineAsync(false);

        await map.ExpectConnectionAsync("connected", LiveMapPage.ReconnectWait);
        await map.WaitForMarkerAsync(vehicle.VehicleId, 51.4550, -2.5860);
    }
}
