using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Vehicles;

/// <summary>A manager's status change in the register raises the same events as a dangerous defect and its rectification.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class VehicleStatusEventsTests(InProcessSiloFixture silo)
{
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Update_StatusToVorThenActive_DashboardGetsVehicleOffRoadThenBackInServiceAndFigures()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var vehicle = company.Vehicles[0];
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);

        var offRoad = await SetStatusAsync(manager.Client, vehicle.VehicleId, "vor");
        var pushedOff = await dashboard.WaitForEventAsync(FleetEventTypes.VehicleOffRoad, e => e.VehicleId == vehicle.VehicleId, PushWait);
        var figuresOff = await dashboard.WaitForStatsAsync(stats => stats.Vehicles.Vor == 1, PushWait);
        await SetStatusAsync(manager.Client, vehicle.VehicleId, "active", offRoad);
        var pushedBack = await dashboard.WaitForEventAsync(FleetEventTypes.VehicleBackInService, e => e.VehicleId == vehicle.VehicleId, PushWait);
        var figuresBack = await dashboard.WaitForStatsAsync(stats => stats.Vehicles.Vor == 0 && stats.Vehicles.Active == 1 && stats != figuresOff, PushWait);

        Assert.Equal((vehicle.Registration, "register", "active"), (pushedOff.Registration, pushedOff.Details!["source"], pushedOff.Details["previousStatus"]));
        Assert.Equal(("register", "vor"), (pushedBack.Details!["source"], pushedBack.Details["previousStatus"]));
        Assert.Equal(0, figuresOff.Vehicles.Active);
        Assert.Equal(1, figuresBack.Vehicles.Active);
    }

    [Fact]
    public async Task Update_StatusToMaintenance_NoRoadworthinessEvent()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var vehicle = company.Vehicles[0];
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);

        await SetStatusAsync(manager.Client, vehicle.VehicleId, "maintenance");

        await dashboard.WaitForStatsAsync(stats => stats.Vehicles.Maintenance == 1, PushWait);
        Assert.DoesNotContain(dashboard.Events, e => e.Type is FleetEventTypes.VehicleOffRoad or FleetEventTypes.VehicleBackInService);
    }

    private static async Task<JsonElement> SetStatusAsync(HttpClient manager, Guid vehicleId, string status, JsonElement? current = null)
    {
        var read = current ?? await manager.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicleId}");
        using var response = await manager.PutAsJsonAsync($"/api/vehicles/{vehicleId}", VehicleRequests.UpdateFrom(read, ("status", status)));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
