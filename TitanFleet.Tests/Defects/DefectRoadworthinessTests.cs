using System.Net.Http.Json;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Defects;

/// <summary>
/// Dangerous defects and the vehicle's status: a dangerous report or a severity raised to dangerous
/// takes the vehicle off road, and it returns to service only when its last open dangerous defect
/// is resolved; the dashboard sees the status and the events in order.
/// </summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DefectRoadworthinessTests(SingleSiloFixture fixture)
{
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Rectify_LastDangerousDefect_VehicleActiveDashboardGetsStatusAndEvents()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        await ReportPositionAsync(vehicle);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var mechanic = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, manager.Cookies);

        var defect = await DefectRequests.ReportAsync(driver.Client, vehicle.VehicleId, severity: "dangerous");
        var raised = await dashboard.WaitForEventAsync(FleetEventTypes.VehicleOffRoad, e => e.VehicleId == vehicle.VehicleId, PushWait);
        await dashboard.WaitForAsync(v => v.VehicleId == vehicle.VehicleId && v.Status == "vor", PushWait);
        Assert.Equal("vor", await DefectRequests.VehicleStatusAsync(manager.Client, vehicle.VehicleId));

        await DefectRequests.RectifyAsync(mechanic.Client, defect);

        var back = await dashboard.WaitForEventAsync(FleetEventTypes.VehicleBackInService, e => e.VehicleId == vehicle.VehicleId, PushWait);
        await dashboard.WaitForAsync(v => v.VehicleId == vehicle.VehicleId && v.Status != "vor", PushWait);
        Assert.Equal("active", await DefectRequests.VehicleStatusAsync(manager.Client, vehicle.VehicleId));
        Assert.Equal(defect.Id().ToString(), back.Details!["defectId"]);
        // The set-up ping's deviceOnline can reach the dashboard after it connects (the event writer lingers).
        Assert.Equal(
            [FleetEventTypes.DefectRaised, FleetEventTypes.VehicleOffRoad, FleetEventTypes.DefectRectified, FleetEventTypes.VehicleBackInService],
            dashboard.Events.Where(e => e.VehicleId == vehicle.VehicleId && e.Type != FleetEventTypes.DeviceOnline).Select(e => e.Type));
        Assert.Equal(vehicle.Registration, raised.Registration);
        Assert.Equal(2, await DefectRequests.AuditCountAsync(fixture.ConnectionString, "vehicle", vehicle.VehicleId, "update"));
    }

    [Fact]
    public async Task Rectify_OneOfTwoDangerousDefects_VehicleStillVor()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var mechanic = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));
        var first = await DefectRequests.ReportAsync(driver.Client, vehicle.VehicleId, severity: "dangerous", category: "Brakes");
        await DefectRequests.ReportAsync(driver.Client, vehicle.VehicleId, severity: "dangerous", category: "Tyres");

        await DefectRequests.RectifyAsync(mechanic.Client, first);

        Assert.Equal("vor", await DefectRequests.VehicleStatusAsync(mechanic.Client, vehicle.VehicleId));
    }

    [Fact]
    public async Task Update_SeverityRaisedToDangerous_VehicleVorAndLoweredAgainActive()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var mechanic = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, manager.Cookies);
        var minor = await DefectRequests.ReportAsync(driver.Client, vehicle.VehicleId);
        Assert.Equal("active", await DefectRequests.VehicleStatusAsync(mechanic.Client, vehicle.VehicleId));

        var dangerous = await DefectRequests.UpdateAsync(mechanic.Client, minor, new { severity = "dangerous" });

        Assert.Equal("vor", await DefectRequests.VehicleStatusAsync(mechanic.Client, vehicle.VehicleId));
        await dashboard.WaitForEventAsync(FleetEventTypes.VehicleOffRoad, e => e.VehicleId == vehicle.VehicleId, PushWait);

        await DefectRequests.UpdateAsync(mechanic.Client, dangerous, new { severity = "minor" });

        Assert.Equal("active", await DefectRequests.VehicleStatusAsync(mechanic.Client, vehicle.VehicleId));
        await dashboard.WaitForEventAsync(FleetEventTypes.VehicleBackInService, e => e.VehicleId == vehicle.VehicleId, PushWait);
    }

    [Fact]
    public async Task Report_ConcurrentDangerousOnOneVehicle_AllCreatedVehicleVor()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            driver.Client.PostAsJsonAsync("/api/defects", DefectRequests.Report(vehicle.VehicleId, "dangerous", $"Tyre {i}"))));

        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        Assert.All(responses, response => Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode));
        Assert.Equal("vor", await DefectRequests.VehicleStatusAsync(manager.Client, vehicle.VehicleId));
        foreach (var response in responses) response.Dispose();
    }

    [Fact]
    public async Task Report_RetiredVehicle_404NothingWritten()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        (await manager.Client.DeleteAsync($"/api/vehicles/{vehicle.VehicleId}?version=1")).EnsureSuccessStatusCode();

        using var response = await manager.Client.PostAsJsonAsync("/api/defects", DefectRequests.Report(vehicle.VehicleId, "dangerous"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, (await manager.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/defects")).GetProperty("items").GetArrayLength());
    }

    private async Task ReportPositionAsync(TestVehicle vehicle)
    {
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51, 0))).EnsureSuccessStatusCode();
    }
}
