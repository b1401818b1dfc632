using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api;

/// <summary>Nobody sees another company's data: reads answer as if the vehicle did not exist, writes are refused.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class CompanyIsolationTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task Vehicles_List_OnlyOwnCompany()
    {
        var mine = await fixture.NewCompanyAsync(vehicles: 2);
        await fixture.NewCompanyAsync(vehicles: 3);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, mine.Email("manager"));

        var vehicles = await manager.Client.GetFromJsonAsync<JsonElement>("/api/vehicles");

        Assert.Equal(
            mine.Vehicles.Select(v => v.VehicleId).Order(),
            vehicles.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("id").GetGuid()).Order());
    }

    [Fact]
    public async Task VehicleLiveAndTrail_OtherCompanysVehicle_NotFound()
    {
        var mine = await fixture.NewCompanyAsync(vehicles: 1);
        var theirs = await fixture.NewCompanyAsync(vehicles: 1);
        using var device = FleetHttp.Device(fixture.BaseAddress, theirs.Vehicles[0].DeviceToken);
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51, 0))).EnsureSuccessStatusCode();
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, mine.Email("manager"));

        using var live = await manager.Client.GetAsync($"/api/vehicles/{theirs.Vehicles[0].VehicleId}/live");
        using var trail = await manager.Client.GetAsync($"/api/vehicles/{theirs.Vehicles[0].VehicleId}/trail");

        Assert.Equal(HttpStatusCode.NotFound, live.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, trail.StatusCode);
    }

    [Fact]
    public async Task PostLocation_UserOfOtherCompany_Rejected()
    {
        var mine = await fixture.NewCompanyAsync(vehicles: 1);
        var theirs = await fixture.NewCompanyAsync(vehicles: 1);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, mine.Email("admin"));

        using var response = await admin.Client.PostAsJsonAsync("/api/locations",
            FleetHttp.Position(DateTimeOffset.UtcNow, 51, 0, vehicleId: theirs.Vehicles[0].VehicleId));

        Assert.Equal(["Unknown vehicle."], (await ProblemAssert.ValidationErrorsAsync(response))["vehicleId"]);
        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, theirs.Vehicles[0].VehicleId));
    }

    [Fact]
    public async Task Trail_OwnVehicle_ReturnsTodaysPositionsInOrder()
    {
        var mine = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = mine.Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var now = LocationIngestionTests.TruncatedNow();
        var positions = Enumerable.Range(0, 3).Select(i => FleetHttp.Position(now.AddSeconds(-30 + i * 10), 51 + i * 0.001, 0)).ToArray();
        (await device.PostAsJsonAsync("/api/locations/batch", new { positions })).EnsureSuccessStatusCode();
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, mine.Email("manager"));

        var trail = await manager.Client.GetFromJsonAsync<JsonElement>(
            $"/api/vehicles/{vehicle.VehicleId}/trail?from={Uri.EscapeDataString(now.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(now.AddHours(1).ToString("O"))}");

        Assert.Equal([51.0, 51.001, 51.002], trail.EnumerateArray().Select(p => p.GetProperty("latitude").GetDouble()));
    }
}
