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
        var connectionString = TestPostgres.NewDatabase("crash");
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
    public async Task Stop_SigTerm_SiloLeavesClusterCleanly()
    {
        var connectionString = TestPostgres.NewDatabase("sigterm");
        await using var silo = new SiloProcess(connectionString, $"term-{Guid.NewGuid():N}");
        await silo.StartAsync();

        await silo.StopAsync();

        Assert.True(await MembershipQueries.AllSilosDeadAsync(connectionString), "The stopped silo should be marked dead in the membership table");
    }
}
