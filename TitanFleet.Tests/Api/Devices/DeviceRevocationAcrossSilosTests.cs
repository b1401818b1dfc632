using System.Net;
using System.Net.Http.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Devices;

/// <summary>A device revoked through one silo is refused at once by every silo that had it cached.</summary>
[Collection(TwoSiloCollection.Name)]
public sealed class DeviceRevocationAcrossSilosTests(TwoSiloFixture fixture)
{
    [Fact]
    public async Task Revoke_OnSiloA_EverySiloRefusesTokenAndOsmAndIdAtOnce()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        SiloProcess[] silos = [fixture.SiloA, fixture.SiloB];
        var fixTime = DateTimeOffset.UtcNow.AddSeconds(-30);
        foreach (var silo in silos)
        {
            // Both lookups are now cached on this silo until a write invalidates them.
            using var device = FleetHttp.Device(silo.BaseAddress, vehicle.DeviceToken);
            using var anonymous = silo.CreateClient();
            (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(fixTime, 51.5, 0))).EnsureSuccessStatusCode();
            (await anonymous.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&lat=51.5&lon=0&timestamp={fixTime.AddSeconds(5).ToUnixTimeSeconds()}")).EnsureSuccessStatusCode();
            fixTime = fixTime.AddSeconds(10);
        }
        using var managerOnA = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));

        using var revoke = await managerOnA.Client.DeleteAsync($"/api/vehicles/{vehicle.VehicleId}/devices/{vehicle.DeviceId}");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        foreach (var silo in silos)
        {
            using var device = FleetHttp.Device(silo.BaseAddress, vehicle.DeviceToken);
            using var anonymous = silo.CreateClient();
            using var byToken = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51.5, 0));
            using var byId = await anonymous.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&lat=51.5&lon=0&timestamp={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}");
            Assert.Equal(HttpStatusCode.Unauthorized, byToken.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, byId.StatusCode);
        }
        Assert.Equal(4, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }
}
