using System.Net;
using System.Net.Http.Json;
using Npgsql;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Events;

/// <summary>
/// A full event queue neither fails ingestion nor holds it forever: past FleetEvents:HandOffWait a ping
/// is answered 503 with Retry-After, its fix stored; the vehicle keeps the ping's events and hands them
/// over with its resend, so each is stored once.
/// </summary>
public sealed class EventBackPressureTests
{
    [Fact]
    public async Task PostLocation_EventQueueStaysFull_503RetryAfterFixStoredThenResendStoresEventsOnce()
    {
        await using var database = new TestDatabase("eventqueue");
        await using var silo = new SiloProcess(database.ConnectionString, $"eventqueue-{Guid.NewGuid():N}", new Dictionary<string, string>
        {
            ["FleetEvents__QueueCapacity"] = "1",
            ["FleetEvents__MaxGroupEvents"] = "1",
            ["FleetEvents__HandOffWait"] = "00:00:00.300",
        });
        await silo.StartAsync();
        var company = await TestCompanyFactory.CreateAsync(database.ConnectionString, 4);
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var at = DateTimeOffset.UtcNow.AddSeconds(-5);
        var refused = new List<TestVehicle>();

        await using (var writerHeldUp = await dataSource.OpenConnectionAsync())
        await using (var transaction = await writerHeldUp.BeginTransactionAsync())
        {
            await using (var lockEvents = new NpgsqlCommand("LOCK TABLE fleet_events IN SHARE ROW EXCLUSIVE MODE", writerHeldUp, transaction))
                await lockEvents.ExecuteNonQueryAsync();
            // The writer holds one call's group and the queue one more: the later vehicles' online events find no room.
            foreach (var vehicle in company.Vehicles)
            {
                using var response = await PostAsync(silo, vehicle, at).WaitAsync(TimeSpan.FromSeconds(30));
                if (response.StatusCode == HttpStatusCode.OK) continue;
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
                refused.Add(vehicle);
            }
            await transaction.RollbackAsync();
        }

        Assert.InRange(refused.Count, 2, company.Vehicles.Count);
        Assert.Equal(company.Vehicles.Count, await ScalarAsync(dataSource, "SELECT count(*) FROM location_history WHERE company_id = @company", company.CompanyId));
        foreach (var vehicle in refused)
        {
            using var resend = await PostAsync(silo, vehicle, at);
            resend.EnsureSuccessStatusCode();
        }
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (await OnlineEventsAsync(dataSource, company.CompanyId) < company.Vehicles.Count && DateTimeOffset.UtcNow < deadline) await Task.Delay(200);
        Assert.Equal(company.Vehicles.Count, await OnlineEventsAsync(dataSource, company.CompanyId));
        Assert.Equal(company.Vehicles.Count, await ScalarAsync(dataSource,
            "SELECT count(DISTINCT vehicle_id) FROM fleet_events WHERE company_id = @company AND type = 'deviceOnline'", company.CompanyId));
    }

    private static async Task<HttpResponseMessage> PostAsync(SiloProcess silo, TestVehicle vehicle, DateTimeOffset at)
    {
        using var device = FleetHttp.Device(silo.BaseAddress, vehicle.DeviceToken);
        return await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(at, 51.5, -0.12, speed: 0));
    }

    private static Task<long> OnlineEventsAsync(NpgsqlDataSource dataSource, Guid companyId) =>
        ScalarAsync(dataSource, "SELECT count(*) FROM fleet_events WHERE company_id = @company AND type = 'deviceOnline'", companyId);

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql, Guid companyId)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("company", companyId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
