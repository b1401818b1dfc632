using System.Net.Http.Json;
using Npgsql;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Cluster;

/// <summary>
/// A ping's events are handed to the silo's event writer without holding the ping up. A silo killed
/// with SIGKILL after acknowledging pings whose events it had not yet written (the test holds its
/// writer up with a lock on fleet_events) loses none of them: the survivor takes its vehicles over,
/// replays their history and stores each event once, with one notification per office user, and
/// the events the dead silo did write (online, moving) are neither stored nor pushed again.
/// </summary>
public sealed class EventCrashRecoveryTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task SiloKilledWithAcknowledgedEventsUnwritten_SurvivorStoresEachEventAndNotificationOnce()
    {
        await using var pair = await SurvivorAndVictim.StartAsync("eventcrash", vehicles: 8, new Dictionary<string, string>
        {
            ["VehicleLive__OverspeedMinDuration"] = "00:00:01",
            ["VehicleLive__OfflineSweepInterval"] = "00:00:00.500",
        });
        var (victim, company, dashboard) = (pair.Victim, pair.Company, pair.Dashboard);
        await using var dataSource = NpgsqlDataSource.Create(pair.ConnectionString);
        var t0 = DateTimeOffset.UtcNow.AddSeconds(-30);

        // Online and moving are written before the kill; the overspeed of the second fix is not.
        await PostEachAsync(victim, company, t0, 51.5000);
        await WaitForCountAsync(dataSource, company.CompanyId, "deviceOnline", company.Vehicles.Count);
        await WaitForCountAsync(dataSource, company.CompanyId, "vehicleMoving", company.Vehicles.Count);
        // Every vehicle is watched by the victim, so the survivor must recover every vehicle's overspeed.
        var orphans = (await pair.PresenceAsync()).Where(w => w.SiloPort == victim.SiloPort).Select(w => w.VehicleId);
        Assert.Equal(company.Vehicles.Select(v => v.VehicleId).Order(), orphans.Order());

        await using (var writerHeldUp = await dataSource.OpenConnectionAsync())
        await using (var transaction = await writerHeldUp.BeginTransactionAsync())
        {
            await using (var lockEvents = new NpgsqlCommand("LOCK TABLE fleet_events IN SHARE ROW EXCLUSIVE MODE", writerHeldUp, transaction))
                await lockEvents.ExecuteNonQueryAsync();
            await PostEachAsync(victim, company, t0.AddSeconds(2), 51.5005).WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, await CountAsync(dataSource, company.CompanyId, "overspeed"));
            await victim.KillAsync();
            await transaction.RollbackAsync();
        }

        await WaitForCountAsync(dataSource, company.CompanyId, "overspeed", company.Vehicles.Count);
        foreach (var vehicle in company.Vehicles)
            await dashboard.WaitForEventAsync(FleetEventTypes.Overspeed, e => e.VehicleId == vehicle.VehicleId, Wait);
        var perVehicle = await EventsPerVehicleAsync(dataSource, company.CompanyId);
        foreach (var vehicle in company.Vehicles)
        {
            Assert.Equal(
                [(FleetEventTypes.DeviceOnline, 1L), (FleetEventTypes.Overspeed, 1L), (FleetEventTypes.VehicleMoving, 1L)],
                perVehicle.Where(row => row.Vehicle == vehicle.VehicleId).Select(row => (row.Type, row.Count)).OrderBy(row => row.Type, StringComparer.Ordinal));
            Assert.Single(dashboard.Events, e => e.Type == FleetEventTypes.VehicleMoving && e.VehicleId == vehicle.VehicleId);
            Assert.Single(dashboard.Events, e => e.Type == FleetEventTypes.DeviceOnline && e.VehicleId == vehicle.VehicleId);
        }
        // Overspeed notifies the office by default: the company's admin and manager, once each.
        Assert.Equal((2L * company.Vehicles.Count, 2L * company.Vehicles.Count), await NotificationsAsync(dataSource, company.CompanyId));
    }

    private static async Task PostEachAsync(SiloProcess silo, TestCompany company, DateTimeOffset at, double latitude)
    {
        foreach (var vehicle in company.Vehicles)
        {
            using var device = FleetHttp.Device(silo.BaseAddress, vehicle.DeviceToken);
            using var response = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(at, latitude, -0.12, speed: 150));
            response.EnsureSuccessStatusCode();
        }
    }

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, Guid companyId, string type)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM fleet_events WHERE company_id = @company AND type = @type");
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.AddWithValue("type", type);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitForCountAsync(NpgsqlDataSource dataSource, Guid companyId, string type, int expected)
    {
        var deadline = DateTimeOffset.UtcNow + Wait;
        while (await CountAsync(dataSource, companyId, type) < expected && DateTimeOffset.UtcNow < deadline) await Task.Delay(200);
    }

    private static async Task<List<(Guid Vehicle, string Type, long Count)>> EventsPerVehicleAsync(NpgsqlDataSource dataSource, Guid companyId)
    {
        await using var command = dataSource.CreateCommand("SELECT vehicle_id, type, count(*) FROM fleet_events WHERE company_id = @company GROUP BY vehicle_id, type");
        command.Parameters.AddWithValue("company", companyId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Guid, string, long)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2)));
        return rows;
    }

    private static async Task<(long Rows, long Distinct)> NotificationsAsync(NpgsqlDataSource dataSource, Guid companyId)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT count(*), count(DISTINCT (user_id, event_id)) FROM notifications WHERE company_id = @company AND event_type = 'overspeed'");
        command.Parameters.AddWithValue("company", companyId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
