using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>The management area (vehicles, audit log) in a real Chromium against a real silo, under a strict CSP.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class ManagementTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task ManageVehicle_AddEditRetire_EachChangeInAuditLog()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));

        await page.GoToAsync("Vehicles");
        await Expect(page.VehicleRow(company.Vehicles[0].Registration)).ToBeVisibleAsync();
        await page.ScreenshotAsync("management-vehicles");
        await page.Link("Add vehicle").ClickAsync();
        await page.Field("Registration").FillAsync("mx21 tfa");
        await page.Field("Type").SelectOptionAsync("hgv");
        await page.Field("Make").FillAsync("Volvo");
        await page.Field("Model").FillAsync("FH");
        await page.Field("Mileage (miles)").FillAsync("1000");
        await page.Field("Depot").FillAsync("Leeds");
        await page.Button("Add vehicle").ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Added MX21TFA.");
        var row = page.VehicleRow("MX21TFA");
        await Expect(row).ToContainTextAsync("Volvo FH");
        await Expect(row).ToContainTextAsync("1,000 mi");
        await page.ExpectFitsLaptopAsync();
        await page.ScreenshotAsync("management-vehicles-laptop");
        await page.Page.SetViewportSizeAsync(1400, 900);

        await page.Link("Edit MX21TFA").ClickAsync();
        await Expect(page.Field("Mileage (miles)")).ToHaveValueAsync("1000");
        await page.Field("Depot").FillAsync("Wakefield");
        await page.Field("Status").SelectOptionAsync("maintenance");
        await page.Button("Save changes").ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Saved MX21TFA.");
        await Expect(row).ToContainTextAsync("Wakefield");
        await Expect(row).ToContainTextAsync("Maintenance");

        await page.Button("Retire MX21TFA").ClickAsync();
        var dialog = page.Page.GetByRole(AriaRole.Dialog, new() { Name = "Retire MX21TFA?" });
        await Expect(dialog).ToBeVisibleAsync();
        await page.ScreenshotAsync("management-retire-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Retire vehicle" }).ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("MX21TFA retired.");
        await Expect(row).ToHaveCountAsync(0);

        await page.GoToAsync("Audit log");
        await page.Field("Record type").SelectOptionAsync("vehicle");
        await page.Button("Filter").ClickAsync();
        var entries = page.Page.Locator("table.audit tbody tr").Filter(new() { HasText = "Vehicle MX21TFA" });
        await Expect(entries).ToHaveCountAsync(3);
        await Expect(entries.Nth(0)).ToContainTextAsync("Deleted");
        await Expect(entries.Nth(0)).ToContainTextAsync("maintenance → retired");
        await Expect(entries.Nth(1)).ToContainTextAsync("Updated");
        await Expect(entries.Nth(1)).ToContainTextAsync("Leeds → Wakefield");
        await Expect(entries.Nth(2)).ToContainTextAsync("Created");
        await Expect(entries.Nth(2)).ToContainTextAsync("You (Test manager)");
        await page.ScreenshotAsync("management-audit");
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task AddVehicle_InvalidFields_ShowsEachServerErrorNextToItsField()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));
        await page.GoToAsync("Vehicles");
        await page.Link("Add vehicle").ClickAsync();

        await page.Field("Registration").FillAsync("NOT A PLATE");
        await page.Field("VIN").FillAsync("IOQ");
        await page.Button("Add vehicle").ClickAsync();

        await Expect(page.FieldError("registration")).ToContainTextAsync("must be a UK registration");
        await Expect(page.FieldError("vin")).ToContainTextAsync("17 letters and digits");
        await Expect(page.Field("Registration")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.FieldError("make")).ToBeHiddenAsync();
        await page.ScreenshotAsync("management-vehicle-errors");

        await page.Field("Registration").FillAsync(company.Vehicles[0].Registration);
        await page.Field("VIN").FillAsync("");
        await page.Button("Add vehicle").ClickAsync();

        await Expect(page.FieldError("registration")).ToContainTextAsync("already has this registration");
        await Expect(page.FieldError("vin")).ToBeHiddenAsync();
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task EditVehicle_ChangedByOthersMeanwhile_ShowsConflictAndReloadsLatest()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var vehicle = await CreateAsync(manager.Client, new { registration = "KX70 ABC", type = "van", depot = "Bristol" });
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));
        await page.GoToAsync("Vehicles");
        await page.Link("Edit KX70ABC").ClickAsync();
        await Expect(page.Field("Depot")).ToHaveValueAsync("Bristol");

        using (var update = await manager.Client.PutAsJsonAsync($"/api/vehicles/{vehicle.Id}",
            new { registration = "KX70ABC", type = "van", status = "active", mileageKm = 0, depot = "Swindon", version = vehicle.Version }))
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        await page.Field("Depot").FillAsync("Bath");
        await page.Button("Save changes").ClickAsync();

        var conflict = page.Page.Locator(".conflict");
        await Expect(conflict).ToBeVisibleAsync();
        await Expect(conflict).ToContainTextAsync("Someone else changed this vehicle");
        await page.ScreenshotAsync("management-conflict");
        await page.Button("Reload latest").ClickAsync();
        await Expect(conflict).ToBeHiddenAsync();
        await Expect(page.Field("Depot")).ToHaveValueAsync("Swindon");

        await page.Field("Depot").FillAsync("Bath");
        await page.Button("Save changes").ClickAsync();
        await Expect(page.Notice).ToHaveTextAsync("Saved KX70ABC.");
        await Expect(page.VehicleRow("KX70ABC")).ToContainTextAsync("Bath");
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task Vehicles_Mechanic_ReadOnlyWithoutWriteButtonsOrAuditLog()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("mechanic"));

        await page.GoToAsync("Vehicles");

        await Expect(page.VehicleRow(company.Vehicles[0].Registration)).ToBeVisibleAsync();
        await Expect(page.VehicleRow(company.Vehicles[1].Registration)).ToBeVisibleAsync();
        await Expect(page.Link("Add vehicle")).ToHaveCountAsync(0);
        await Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToHaveCountAsync(0);
        await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Retire" })).ToHaveCountAsync(0);
        await Expect(page.Navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Live map", "Vehicles", "Geofences", "Reminders", "Defects", "Checks"]);
        await page.ExpectFitsLaptopAsync();
        await page.ScreenshotAsync("management-mechanic");

        await page.Page.EvaluateAsync("() => { location.hash = '#/vehicles/new'; }");
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Page not available" })).ToBeVisibleAsync();
        await Expect(page.Field("Registration")).ToHaveCountAsync(0);
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task ManagementRoute_Driver_SeesNoManagement()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.Page.GotoAsync(new Uri(fixture.BaseAddress, "/#/vehicles").ToString());

        await page.Page.GetByLabel("Email").FillAsync(company.Email("driver"));
        await page.Page.GetByLabel("Password").FillAsync(TestCompany.Password);
        await page.Button("Sign in").ClickAsync();

        await Expect(page.Page.Locator(".driver-screen h1")).ToHaveTextAsync("Choose your vehicle");
        await Expect(page.Navigation).ToHaveCountAsync(0);
        await Expect(page.Page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        page.AssertNoPolicyViolations();
    }

    private static async Task<CreatedVehicle> CreateAsync(HttpClient client, object vehicle)
    {
        using var response = await client.PostAsJsonAsync("/api/vehicles", vehicle);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CreatedVehicle>(JsonSerializerOptions.Web))!;
    }

    private sealed record CreatedVehicle(Guid Id, int Version);
}
