using System.Net.Http.Json;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Cluster;

/// <summary>
/// A silo killed with SIGKILL takes its offline sweep with it: the survivor finds the dead silo's
/// online vehicles in PostgreSQL and raises deviceOffline for each once their offline time has passed.
/// </summary>
public sealed class DeadSiloOfflineTests
{
    private static readonly TimeSpan OfflineAfter = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task SiloKilledWhileItsVehiclesAreOnline_SurvivorRaisesDeviceOfflineForEach()
    {
        await using var pair = await SurvivorAndVictim.StartAsync("deadsilo", vehicles: 12, new Dictionary<string, string>
        {
            ["VehicleLive__OfflineAfter"] = OfflineAfter.ToString(),
            ["VehicleLive__OfflineSweepInterval"] = "00:00:00.500",
        });

        var now = DateTimeOffset.UtcNow;
        foreach (var vehicle in pair.Company.Vehicles)
        {
            using var device = FleetHttp.Device(pair.Victim.BaseAddress, vehicle.DeviceToken);
            (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(now, 51.5, -0.12, speed: 40))).EnsureSuccessStatusCode();
        }
        var watched = await PresenceAsync(pair, pair.Company.Vehicles.Count);
        var orphans = watched.Where(w => w.SiloPort == pair.Victim.SiloPort).Select(w => w.VehicleId).Order().ToList();
        Assert.Equal(pair.Company.Vehicles.Select(v => v.VehicleId).Order(), orphans);

        await pair.Victim.KillAsync();

        foreach (var vehicleId in orphans)
            await pair.Dashboard.WaitForEventAsync(FleetEventTypes.DeviceOffline, e => e.VehicleId == vehicleId, TimeSpan.FromSeconds(90));
        Assert.All(orphans, id => Assert.Single(pair.Dashboard.Events, e => e.Type == FleetEventTypes.DeviceOffline && e.VehicleId == id));
        Assert.Empty(await PresenceAsync(pair, 0));
    }

    /// <summary>Waits (up to 30 s) until <paramref name="expected"/> vehicles have a presence row, then returns them with the port of the silo that watches each.</summary>
    private static async Task<IReadOnlyList<(Guid VehicleId, int SiloPort)>> PresenceAsync(SurvivorAndVictim pair, int expected)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            var rows = await pair.PresenceAsync();
            if (rows.Count == expected || DateTimeOffset.UtcNow > deadline) return rows;
            await Task.Delay(200);
        }
    }
}
