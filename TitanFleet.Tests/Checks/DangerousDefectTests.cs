using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Fixtures;
using static TitanFleet.Tests.Checks.CheckRequests;

namespace TitanFleet.Tests.Checks;

/// <summary>
/// A dangerous defect found on a check takes the vehicle off road before the response: in the
/// register, on the live map of a dashboard connected to the other silo, and as fleet events.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class DangerousDefectTests(TwoSiloFixture fixture)
{
    [Fact]
    public async Task Submit_DangerousFailOnSiloA_VehicleVorInRegisterAndOnDashboardOfSiloB()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var device = FleetHttp.Device(fixture.SiloA.BaseAddress, vehicle.DeviceToken);
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51, 0))).EnsureSuccessStatusCode();
        using var managerB = await FleetHttp.SignInAsync(fixture.SiloB.BaseAddress, company.Email("manager"));
        await using var dashboardB = await DashboardClient.ConnectAsync(fixture.SiloB.BaseAddress, managerB.Cookies);
        using var driverA = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("driver"));

        var created = await RecordAsserts.JsonAsync(
            await SubmitAsync(driverA.Client, Check(vehicle.VehicleId, HgvCodes, Fail("brakes_air", "Air pressure will not build"))), HttpStatusCode.Created);
        var record = await managerB.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicle.VehicleId}");
        var live = await managerB.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicle.VehicleId}/live");

        var defect = Assert.Single(created.GetProperty("defects").EnumerateArray());
        Assert.Equal("dangerous", defect.GetProperty("severity").GetString());
        Assert.Equal("vor", record.GetProperty("status").GetString());
        Assert.Equal(("vor", "vor"), (live.GetProperty("recordStatus").GetString(), live.GetProperty("status").GetString()));
        var (_, pushed) = await dashboardB.WaitForAsync(v => v.VehicleId == vehicle.VehicleId && v.Status == "vor", TimeSpan.FromSeconds(15));
        Assert.Equal(vehicle.Registration, pushed.Registration);
        var submitted = await dashboardB.WaitForEventAsync("checkSubmitted", e => e.VehicleId == vehicle.VehicleId, TimeSpan.FromSeconds(15));
        var raised = await dashboardB.WaitForEventAsync("defectRaised", e => e.VehicleId == vehicle.VehicleId, TimeSpan.FromSeconds(15));
        var offRoad = await dashboardB.WaitForEventAsync("vehicleOffRoad", e => e.VehicleId == vehicle.VehicleId, TimeSpan.FromSeconds(15));
        Assert.Equal(created.GetProperty("id").GetString(), submitted.Details!["inspectionId"]);
        Assert.Equal((defect.GetProperty("id").GetString(), "dangerous"), (raised.Details!["defectId"], raised.Details["severity"]));
        Assert.Equal(vehicle.Registration, offRoad.Registration);
        // The set-up ping's deviceOnline can reach the dashboard after it connects (the event writer lingers).
        Assert.Equal(["checkSubmitted", "defectRaised", "vehicleOffRoad"],
            dashboardB.Events.Where(e => e.VehicleId == vehicle.VehicleId && e.Type != FleetEventTypes.DeviceOnline).Select(e => e.Type));
    }

    [Fact]
    public async Task Submit_MinorFailOnly_VehicleStaysActiveNoOffRoadEvent()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var manager = await FleetHttp.SignInAsync(fixture.SiloB.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.SiloB.BaseAddress, manager.Cookies);
        using var driver = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("driver"));

        (await SubmitAsync(driver.Client, Check(vehicle.VehicleId, HgvCodes, Fail("horn", "Quiet")))).EnsureSuccessStatusCode();
        await dashboard.WaitForEventAsync("defectRaised", e => e.VehicleId == vehicle.VehicleId, TimeSpan.FromSeconds(15));
        var record = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicle.VehicleId}");

        Assert.Equal("active", record.GetProperty("status").GetString());
        Assert.DoesNotContain(dashboard.Events, e => e.Type == "vehicleOffRoad");
    }
}
