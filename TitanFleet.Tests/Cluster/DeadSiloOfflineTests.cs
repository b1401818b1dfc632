using System.Net.Http.Json;
using Npgsql;
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
        await using var database = new TestDatabase("deadsilo");
        var clusterId = $"deadsilo-{Guid.NewGuid():N}";
        var settings = new Dictionary<string, string>
        {
            ["VehicleLive__OfflineAfter"] = OfflineAfter.ToString(),
            ["VehicleLive__OfflineSweepInterval"] = "00:00:00.500",
            ["Orleans__Membership__ProbeTimeout"] = "00:00:01",
            ["Orleans__Membership__NumMissedProbesLimit"] = "2",
            ["Orleans__Membership__TableRefreshTimeout"] = "00:00:02",
        };
        await using var survivor = new SiloProcess(database.ConnectionString, clusterId, settings);
        await survivor.StartAsync();
        await using var victim = new SiloProcess(database.ConnectionString, clusterId, settings);
        await victim.StartAsync();
        var company = await TestCompanyFactory.CreateAsync(database.ConnectionString, 12);
        using var manager = await FleetHttp.SignInAsync(survivor.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(survivor.BaseAddress, manager.Cookies);

        var now = DateTimeOffset.UtcNow;
        foreach (var vehicle in company.Vehicles)
        {
            using var device = FleetHttp.Device(victim.BaseAddress, vehicle.DeviceToken);
            (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(now, 51.5, -0.12, speed: 40))).EnsureSuccessStatusCode();
        }
        var watched = await PresenceBySiloPortAsync(database.ConnectionString, company.Vehicles.Count);
        var orphans = watched.Where(w => w.SiloPort == victim.SiloPort).Select(w => w.VehicleId).ToHashSet();
        Assert.NotEmpty(orphans);

        await victim.KillAsync();

        foreach (var vehicleId in orphans)
            await dashboard.WaitForEventAsync(FleetEventTypes.DeviceOffline, e => e.VehicleId == vehicleId, TimeSpan.FromSeconds(90));
        Assert.All(orphans, id => Assert.Single(dashboard.Events, e => e.Type == FleetEventTypes.DeviceOffline && e.VehicleId == id));
        Assert.Empty(await PresenceBySiloPortAsync(database.ConnectionString, 0));
    }

    /// <summary>Waits until <paramref name="expected"/> vehicles have a presence row, then returns them with the port of the silo that watches each.</summary>
    private static async Task<IReadOnlyList<(Guid VehicleId, int SiloPort)>> PresenceBySiloPortAsync(string connectionString, int expected)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            var rows = new List<(Guid, int)>();
            await using (var command = dataSource.CreateCommand("SELECT vehicle_id, silo FROM vehicle_presence"))
            await using (var reader = await command.ExecuteReaderAsync())
            {
                // A silo address reads "<ip>:<port>@<generation>".
                while (await reader.ReadAsync())
                    rows.Add((reader.GetGuid(0), int.Parse(reader.GetString(1).Split('@')[0].Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture)));
            }
            if (rows.Count == expected || DateTimeOffset.UtcNow > deadline) return rows;
            await Task.Delay(200);
        }
    }
}
