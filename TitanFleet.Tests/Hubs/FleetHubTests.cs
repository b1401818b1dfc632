using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using TitanFleet.Tests.Api;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hubs;

[Collection(SingleSiloCollection.Name)]
public sealed class FleetHubTests(SingleSiloFixture fixture)
{
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task VehiclesUpdated_DevicePostsPosition_ManagerDashboardReceivesIt()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, manager.Cookies);
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var fixTime = LocationIngestionTests.TruncatedNow();

        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(fixTime, 54.9783, -1.6178, speed: 30))).EnsureSuccessStatusCode();

        var (_, pushed) = await dashboard.WaitForAsync(v => v.VehicleId == vehicle.VehicleId, PushWait);
        Assert.Equal((54.9783, -1.6178), (pushed.Latitude, pushed.Longitude));
        Assert.Equal(fixTime, pushed.FixTime);
        Assert.Equal("moving", pushed.Status);
        Assert.Equal(vehicle.Registration, pushed.Registration);
    }

    [Fact]
    public async Task VehiclesUpdated_OtherCompanysVehicleMoves_NotReceived()
    {
        var mine = await fixture.NewCompanyAsync(vehicles: 1);
        var theirs = await fixture.NewCompanyAsync(vehicles: 1);
        using var myManager = await FleetHttp.SignInAsync(fixture.BaseAddress, mine.Email("manager"));
        using var theirManager = await FleetHttp.SignInAsync(fixture.BaseAddress, theirs.Email("manager"));
        await using var myDashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, myManager.Cookies);
        await using var theirDashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, theirManager.Cookies);
        using var theirDevice = FleetHttp.Device(fixture.BaseAddress, theirs.Vehicles[0].DeviceToken);
        using var myDevice = FleetHttp.Device(fixture.BaseAddress, mine.Vehicles[0].DeviceToken);

        (await theirDevice.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51, 0))).EnsureSuccessStatusCode();
        await theirDashboard.WaitForAsync(v => v.VehicleId == theirs.Vehicles[0].VehicleId, PushWait);
        // A later update of my own vehicle proves my dashboard was receiving while theirs moved.
        (await myDevice.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 52, 0))).EnsureSuccessStatusCode();
        await myDashboard.WaitForAsync(v => v.VehicleId == mine.Vehicles[0].VehicleId, PushWait);

        Assert.All(myDashboard.Batches.SelectMany(b => b.Batch), v => Assert.Equal(mine.CompanyId, v.CompanyId));
    }

    [Fact]
    public async Task GetSnapshot_OnConnect_ReturnsEveryVehicleOfOwnCompanyOnly()
    {
        var mine = await fixture.NewCompanyAsync(vehicles: 4);
        await fixture.NewCompanyAsync(vehicles: 2);
        using var device = FleetHttp.Device(fixture.BaseAddress, mine.Vehicles[0].DeviceToken);
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 53.8, -1.55))).EnsureSuccessStatusCode();
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, mine.Email("mechanic"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, manager.Cookies);

        var snapshot = await dashboard.GetSnapshotAsync();

        Assert.Equal(mine.Vehicles.Select(v => v.VehicleId).Order(), snapshot.Select(v => v.VehicleId).Order());
        Assert.Equal(53.8, snapshot.Single(v => v.VehicleId == mine.Vehicles[0].VehicleId).Latitude);
        Assert.All(snapshot.Where(v => v.VehicleId != mine.Vehicles[0].VehicleId), v => Assert.Null(v.Latitude));
    }

    [Fact]
    public async Task VehiclesUpdated_BurstOfPingsForOneVehicle_CoalescedToLatestPerInterval()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, manager.Cookies);
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var start = LocationIngestionTests.TruncatedNow().AddSeconds(-10);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            device.PostAsJsonAsync("/api/locations", FleetHttp.Position(start.AddSeconds(i), 51 + i * 0.01, 0))));
        await dashboard.WaitForAsync(v => v.VehicleId == vehicle.VehicleId && v.FixTime == start.AddSeconds(7), PushWait);

        var batchesWithVehicle = dashboard.Batches.Where(b => b.Batch.Any(v => v.VehicleId == vehicle.VehicleId)).ToList();
        Assert.All(batchesWithVehicle, b => Assert.Single(b.Batch, v => v.VehicleId == vehicle.VehicleId));
        Assert.True(batchesWithVehicle.Count < 8, $"8 pings produced {batchesWithVehicle.Count} pushes: not coalesced");
    }

    [Fact]
    public async Task GetSnapshot_DriverRole_RefusedTheFleet()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, driver.Cookies);

        var refused = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(dashboard.GetSnapshotAsync);

        Assert.Contains("unauthorized", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Connect_Anonymous_Refused()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var dashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, new System.Net.CookieContainer());
        });
        Assert.Contains("401", refused.Message);
    }
}
