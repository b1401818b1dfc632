using System.Net;
using System.Net.Http.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Devices;

/// <summary>A device revoked through one silo is refused at once by another that had it cached.</summary>
[Collection(TwoSiloCollection.Name)]
public sealed class DeviceRevocationAcrossSilosTests(TwoSiloFixture fixture)
{
    [Fact]
    public async Task Revoke_OnSiloA_SiloBRefusesTokenAndOsmAndIdAtOnce()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var deviceOnB = FleetHttp.Device(fixture.SiloB.BaseAddress, vehicle.DeviceToken);
        using var anonymousOnB = fixture.SiloB.CreateClient();
        // Both lookups are now cached on silo B for a minute.
        (await deviceOnB.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow.AddSeconds(-20), 51.5, 0))).EnsureSuccessStatusCode();
        (await anonymousOnB.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&lat=51.5&lon=0&timestamp={DateTimeOffset.UtcNow.AddSeconds(-15).ToUnixTimeSeconds()}")).EnsureSuccessStatusCode();
        using var managerOnA = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));

        using var revoke = await managerOnA.Client.DeleteAsync($"/api/vehicles/{vehicle.VehicleId}/devices/{vehicle.DeviceId}");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        using var byToken = await deviceOnB.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51.5, 0));
        using var byId = await anonymousOnB.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&lat=51.5&lon=0&timestamp={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}");
        Assert.Equal(HttpStatusCode.Unauthorized, byToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, byId.StatusCode);
        Assert.Equal(2, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }
}
