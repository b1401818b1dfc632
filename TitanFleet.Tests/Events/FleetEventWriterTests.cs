using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Events;

/// <summary>
/// The silo's event writer: a burst of hand-offs is written in groups (a few transactions, not one per
/// call), and events raised again (a vehicle replaying history after its silo died) are stored, notified
/// and counted once.
/// </summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class FleetEventWriterTests(InProcessSiloFixture silo)
{
    private const int Calls = 200;
    private const int Replayed = 50;

    [Fact]
    public async Task HandOffAsync_BurstWithReplayedEvents_GroupedAndEachEventNotificationAndCountOnce()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var vehicle = company.Vehicles[0];
        var publisher = silo.Services.GetRequiredService<IFleetEventPublisher>();
        // Noon UTC is the same London day whatever the season, so every event lands in one rollup row.
        var noon = new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date.AddHours(12), TimeSpan.Zero);
        var events = Enumerable.Range(0, Calls).Select(i => Overspeed(company.CompanyId, vehicle, noon.AddSeconds(i))).ToArray();

        var written = new List<Task>();
        foreach (var fleetEvent in events) written.Add(await publisher.HandOffAsync([fleetEvent]));
        foreach (var fleetEvent in events.Take(Replayed)) written.Add(await publisher.HandOffAsync([fleetEvent with { }]));
        await Task.WhenAll(written).WaitAsync(TimeSpan.FromSeconds(30));

        await using var dataSource = NpgsqlDataSource.Create(silo.ConnectionString);
        var (rows, transactions) = await ScalarsAsync<long, long>(dataSource,
            "SELECT count(*), count(DISTINCT xmin::text) FROM fleet_events WHERE company_id = @company", company.CompanyId);
        var (notifications, distinctDeliveries) = await ScalarsAsync<long, long>(dataSource,
            "SELECT count(*), count(DISTINCT (user_id, event_id)) FROM notifications WHERE company_id = @company", company.CompanyId);
        var (counted, _) = await ScalarsAsync<int, int>(dataSource,
            "SELECT overspeed_count, 0 FROM vehicle_daily_rollups WHERE company_id = @company", company.CompanyId);

        Assert.Equal(Calls, rows);
        Assert.InRange(transactions, 1, Calls / 10);
        // Overspeed notifies the office by default: the company's admin and manager.
        Assert.Equal(2 * Calls, notifications);
        Assert.Equal(notifications, distinctDeliveries);
        Assert.Equal(Calls, counted);
    }

    [Fact]
    public async Task TryQueue_HandOffsTrickleInWithinGroupLinger_WrittenInOneTransaction()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var vehicle = company.Vehicles[0];
        var noon = new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date.AddHours(12), TimeSpan.Zero);
        // A writer of its own beside the silo's, lingering a second once an event waits.
        var writer = ActivatorUtilities.CreateInstance<FleetEventWriter>(silo.Services,
            Options.Create(new FleetEventOptions { GroupLinger = TimeSpan.FromSeconds(1) }));
        await writer.StartAsync(CancellationToken.None);

        var pending = new List<PendingEvents>();
        for (var i = 0; i < 5; i++)
        {
            // Apart enough that a writer without a linger finds each call alone in the queue.
            if (i > 0) await Task.Delay(TimeSpan.FromMilliseconds(50));
            var call = new PendingEvents([Overspeed(company.CompanyId, vehicle, noon.AddSeconds(i))]);
            Assert.True(writer.TryQueue(call));
            pending.Add(call);
        }
        await Task.WhenAll(pending.Select(call => call.Committed.Task)).WaitAsync(TimeSpan.FromSeconds(30));
        await writer.StopAsync(CancellationToken.None);

        await using var dataSource = NpgsqlDataSource.Create(silo.ConnectionString);
        var (rows, transactions) = await ScalarsAsync<long, long>(dataSource,
            "SELECT count(*), count(DISTINCT xmin::text) FROM fleet_events WHERE company_id = @company", company.CompanyId);
        Assert.Equal(5, rows);
        Assert.Equal(1, transactions);
    }

    private static FleetEvent Overspeed(Guid companyId, TestVehicle vehicle, DateTimeOffset at) => new(
        Id: FleetEventIds.Derived(vehicle.VehicleId, FleetEventTypes.Overspeed, at), CompanyId: companyId, Type: FleetEventTypes.Overspeed,
        OccurredAt: at, Summary: $"{vehicle.Registration} at 120 km/h, limit 90 km/h", VehicleId: vehicle.VehicleId, Registration: vehicle.Registration);

    private static async Task<(T1, T2)> ScalarsAsync<T1, T2>(NpgsqlDataSource dataSource, string sql, Guid companyId)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("company", companyId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetFieldValue<T1>(0), reader.GetFieldValue<T2>(1));
    }
}
