using System.Globalization;
using System.Net;
using Microsoft.Playwright;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>A vehicle's devices on the page: the one-time token and the Traccar Client QR code, under a strict CSP.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DeviceSetupTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task RegisterDevice_Manager_ShowsTokenOnceAndQrLinkWhosePositionsReachTheMap()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));
        await page.GoToAsync("Vehicles");
        await page.Link($"Devices of {vehicle.Registration}").ClickAsync();

        await page.Field("Name").FillAsync("Driver's phone");
        await page.Button("Register device").ClickAsync();

        var card = page.Page.Locator(".setup-card");
        await Expect(card).ToContainTextAsync("shown only this once");
        await Expect(page.Field("Device token (for the Titan Fleet app or API)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^tfd_"));
        var deviceId = await page.Field("Traccar Client device identifier").InputValueAsync();
        var link = await card.Locator(".setup-link").TextContentAsync();
        Assert.Equal($"{await page.Field("Traccar Client server URL").InputValueAsync()}?id={Uri.EscapeDataString(deviceId)}", link);
        Assert.True(await page.Page.EvaluateAsync<int>(DarkPixels) > 1000, "the QR code canvas should be drawn");
        await Expect(page.Page.GetByRole(AriaRole.Img, new() { Name = $"QR code for Traccar Client: {link}" })).ToBeVisibleAsync();
        await Expect(page.Page.Locator("table.records tbody tr").Filter(new() { HasText = deviceId })).ToContainTextAsync("Active");
        await page.ScreenshotAsync("management-device-setup");

        // What Traccar Client does once it has scanned the code: the OsmAnd protocol to that link.
        using var phone = new HttpClient();
        using (var accepted = await phone.GetAsync(PositionUrl(link!)))
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await page.GoToAsync("Live map");
        await new LiveMapPage(page.Page).WaitForMarkerAsync(vehicle.VehicleId, 51.5072, -0.1276);

        await page.GoToAsync("Vehicles");
        await page.Link($"Devices of {vehicle.Registration}").ClickAsync();
        await page.Button("Revoke Driver's phone").ClickAsync();
        await page.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Revoke device" }).ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Driver's phone revoked.");
        await Expect(page.Page.Locator("table.records tbody tr").Filter(new() { HasText = deviceId })).ToContainTextAsync("Revoked");
        await Expect(page.Page.Locator(".setup-card")).ToHaveCountAsync(0);
        using (var refused = await phone.GetAsync(PositionUrl(link!)))
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task RegisterDevice_InvalidImei_ShowsErrorNextToField()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("admin"));
        await page.GoToAsync("Vehicles");
        await page.Link($"Devices of {company.Vehicles[0].Registration}").ClickAsync();

        await page.Field("Name").FillAsync("Cab tracker");
        await page.Field("Kind").SelectOptionAsync("tracker");
        await page.Field("Tracker IMEI (optional)").FillAsync("123456789012345");
        await page.Button("Register device").ClickAsync();

        await Expect(page.FieldError("uniqueId")).ToContainTextAsync("IMEI");
        await Expect(page.Page.Locator(".setup-card")).ToHaveCountAsync(0);
        page.AssertNoPolicyViolations();
    }

    private const string DarkPixels = """
        () => {
          const canvas = document.querySelector('.setup-qr');
          const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          let dark = 0;
          for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 64) dark++;
          return dark;
        }
        """;

    private static string PositionUrl(string link) =>
        $"{link}&lat=51.5072&lon=-0.1276&speed=20&timestamp={DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
}
