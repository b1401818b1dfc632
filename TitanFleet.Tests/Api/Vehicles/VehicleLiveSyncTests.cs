using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Vehicles;

/// <summary>
/// A register change reaches every silo before its response: a vehicle retired through silo A is
/// refused by silo B on the very next ping (B had it cached a moment before), and a new registration
/// reaches a dashboard connected to silo B.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class VehicleLiveSyncTests(TwoSiloFixture fixture)
{
    [Fact]
    public async Task Retire_OnSiloA_DeviceRefusedOnSiloBAtOnce()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var device = FleetHttp.Device(fixture.SiloB.BaseAddress, vehicle.DeviceToken);
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow.AddSeconds(-2), 51, 0))).EnsureSuccessStatusCode();
        using var osmAnd = new HttpClient { BaseAddress = fixture.SiloB.BaseAddress };
        (await osmAnd.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&lat=51.001&lon=0&timestamp={DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeSeconds()}")).EnsureSuccessStatusCode();
        using var manager = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));

        (await manager.Client.DeleteAsync($"/api/vehicles/{vehicle.VehicleId}?version=1")).EnsureSuccessStatusCode();
        using var json = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51.002, 0));
        using var query = await osmAnd.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&lat=51.003&lon=0&timestamp={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}");

        Assert.Equal(["Unknown vehicle."], (await ProblemAssert.ValidationErrorsAsync(json))["vehicleId"]);
        Assert.Equal(HttpStatusCode.BadRequest, query.StatusCode);
        Assert.Equal(2, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task Update_RegistrationAndStatusOnSiloA_DashboardOnSiloBReceivesThem()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var device = FleetHttp.Device(fixture.SiloA.BaseAddress, vehicle.DeviceToken);
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51, 0))).EnsureSuccessStatusCode();
        using var managerA = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));
        using var managerB = await FleetHttp.SignInAsync(fixture.SiloB.BaseAddress, company.Email("manager"));
        await using var dashboardB = await DashboardClient.ConnectAsync(fixture.SiloB.BaseAddress, managerB.Cookies);
        var current = await managerA.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicle.VehicleId}");
        var renamed = VehicleRequests.NewRegistration();

        (await managerA.Client.PutAsJsonAsync($"/api/vehicles/{vehicle.VehicleId}",
            VehicleRequests.UpdateFrom(current, ("registration", renamed), ("status", "vor")))).EnsureSuccessStatusCode();

        var (_, pushed) = await dashboardB.WaitForAsync(v => v.VehicleId == vehicle.VehicleId && v.Registration == renamed, TimeSpan.FromSeconds(15));
        Assert.Equal("vor", pushed.Status);
        var live = await managerB.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicle.VehicleId}/live");
        Assert.Equal((renamed, "hgv", "vor"), (live.GetProperty("registration").GetString(), live.GetProperty("type").GetString(), live.GetProperty("recordStatus").GetString()));
    }
}
