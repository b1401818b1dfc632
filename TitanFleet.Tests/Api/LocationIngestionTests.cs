using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api;

[Collection(SingleSiloCollection.Name)]
public sealed class LocationIngestionTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task PostLocation_ValidDevicePosition_IsInHistoryAndLiveState()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var fixTime = TruncatedNow();

        using var response = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(fixTime, 53.4808, -2.2426, speed: 48, heading: 90));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        var row = Assert.Single(await HistoryQueries.RowsAsync(fixture.ConnectionString, vehicle.VehicleId));
        Assert.Equal((fixTime, 53.4808, -2.2426, 48.0), row);

        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var live = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicle.VehicleId}/live");
        Assert.Equal(53.4808, live.GetProperty("latitude").GetDouble());
        Assert.Equal("moving", live.GetProperty("status").GetString());
        Assert.Equal(vehicle.Registration, live.GetProperty("registration").GetString());
    }

    [Fact]
    public async Task PostLocation_SameFixTwice_StoredOnceAndBothAcknowledged()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var position = FleetHttp.Position(TruncatedNow(), 51.5, -0.1);

        using var first = await device.PostAsJsonAsync("/api/locations", position);
        using var second = await device.PostAsJsonAsync("/api/locations", position);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task PostLocation_OlderFixAfterNewer_KeptInHistoryButLiveStaysNewest()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var now = TruncatedNow();

        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(now, 52.0, -1.0))).EnsureSuccessStatusCode();
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(now.AddMinutes(-3), 50.0, -3.0))).EnsureSuccessStatusCode();

        Assert.Equal(2, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var live = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicle.VehicleId}/live");
        Assert.Equal(52.0, live.GetProperty("latitude").GetDouble());
        Assert.Equal(now, live.GetProperty("fixTime").GetDateTimeOffset());
    }

    [Fact]
    public async Task PostBatch_SeveralVehiclesOfOneCompany_AllStored()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 3);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var now = TruncatedNow();
        var positions = company.Vehicles
            .SelectMany((v, i) => Enumerable.Range(0, 4).Select(k => FleetHttp.Position(now.AddSeconds(-k * 10), 51 + i, -1 - k * 0.01, vehicleId: v.VehicleId)))
            .ToArray();

        using var response = await manager.Client.PostAsJsonAsync("/api/locations/batch", new { positions });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var vehicle in company.Vehicles)
            Assert.Equal(4, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task PostBatch_OneBadItem_RejectsWholeBatchNamingItsIndex()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var now = TruncatedNow();
        var positions = Enumerable.Range(0, 5)
            .Select(i => FleetHttp.Position(now.AddSeconds(-i), i == 3 ? 123.0 : 51.0, -1.0))
            .ToArray();

        using var response = await device.PostAsJsonAsync("/api/locations/batch", new { positions });

        var errors = await ProblemAssert.ValidationErrorsAsync(response);
        Assert.Equal(["positions[3].latitude"], errors.Keys);
        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task PostBatch_MoreThanMaximum_Rejected()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var device = FleetHttp.Device(fixture.BaseAddress, company.Vehicles[0].DeviceToken);
        var now = TruncatedNow();
        var positions = Enumerable.Range(0, 1001).Select(i => FleetHttp.Position(now.AddSeconds(-i), 51.0, -1.0)).ToArray();

        using var response = await device.PostAsJsonAsync("/api/locations/batch", new { positions });

        Assert.Contains("positions", (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, company.Vehicles[0].VehicleId));
    }

    [Fact]
    public async Task PostLocation_WithoutCredentials_Unauthorized()
    {
        using var anonymous = fixture.Silo.CreateClient();

        using var response = await anonymous.PostAsJsonAsync("/api/locations", FleetHttp.Position(TruncatedNow(), 51, 0));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostLocation_ForgedDeviceToken_Unauthorized()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var genuine = company.Vehicles[0].DeviceToken;
        using var device = FleetHttp.Device(fixture.BaseAddress, genuine[..^4] + "beef");

        using var response = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(TruncatedNow(), 51, 0));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>PostgreSQL keeps microseconds; comparing round-tripped values needs the same precision.</summary>
    internal static DateTimeOffset TruncatedNow()
    {
        var now = DateTimeOffset.UtcNow;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
