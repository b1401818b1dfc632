using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Api;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Cluster;

/// <summary>Nothing acknowledged is lost: a silo killed with SIGKILL comes back showing the last acknowledged position.</summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task LiveState_SiloKilledAndRestarted_ShowsLastAcknowledgedPosition()
    {
        await using var database = new TestDatabase("crash");
        var connectionString = database.ConnectionString;
        var clusterId = $"crash-{Guid.NewGuid():N}";
        await using var first = new SiloProcess(connectionString, clusterId);
        await first.StartAsync();
        var company = await TestCompanyFactory.CreateAsync(connectionString, 2);
        var fixTime = LocationIngestionTests.TruncatedNow();
        using (var device = FleetHttp.Device(first.BaseAddress, company.Vehicles[0].DeviceToken))
        {
            (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(fixTime.AddSeconds(-20), 51.0, -1.0, speed: 10))).EnsureSuccessStatusCode();
            (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(fixTime, 51.001, -1.0, speed: 20))).EnsureSuccessStatusCode();
        }

        await first.KillAsync();
        await using var second = first.SameSiloAgain();
        await second.StartAsync();

        using var manager = await FleetHttp.SignInAsync(second.BaseAddress, company.Email("manager"));
        var live = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{company.Vehicles[0].VehicleId}/live");
        Assert.Equal(51.001, live.GetProperty("latitude").GetDouble());
        Assert.Equal(fixTime, live.GetProperty("fixTime").GetDateTimeOffset());
        Assert.Equal(20, live.GetProperty("speedKmh").GetDouble());
    }

    [Fact]
    public async Task Stop_SigTerm_PersistsLiveStateAndLeavesClusterCleanly()
    {
        await using var database = new TestDatabase("sigterm");
        var connectionString = database.ConnectionString;
        await using var silo = new SiloProcess(connectionString, $"term-{Guid.NewGuid():N}");
        await silo.StartAsync();
        var company = await TestCompanyFactory.CreateAsync(connectionString, 1);
        using (var device = FleetHttp.Device(silo.BaseAddress, company.Vehicles[0].DeviceToken))
            (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51, 0))).EnsureSuccessStatusCode();
        // State is written every 30 s or on deactivation; right after one ping only a graceful deactivation can have written it.
        Assert.Equal(0, await ClusterStateQueries.StoredVehicleStatesAsync(connectionString));

        await silo.StopAsync();

        Assert.Equal(1, await ClusterStateQueries.StoredVehicleStatesAsync(connectionString));
        Assert.True(await ClusterStateQueries.AllSilosDeadAsync(connectionString), "The stopped silo should be marked dead in the membership table");
    }
}
