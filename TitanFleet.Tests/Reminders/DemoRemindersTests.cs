using Npgsql;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Reminders;
using TitanFleet.Silo.Demo;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Reminders;

/// <summary>
/// The demo company's seeded reminders move by themselves: nobody calls the API, yet once the silo is
/// up its company reminders grain has swept them into due soon and overdue, announced each move
/// (events and managers' notifications), and holds an Orleans reminder for the next change.
/// </summary>
public sealed class DemoRemindersTests
{
    [Fact]
    public async Task DemoSeededSilo_NoApiCall_RemindersMoveAnnounceAndStayArmed()
    {
        await using var database = new TestDatabase("demoreminders");
        await using var silo = new SiloProcess(database.ConnectionString, $"demorem-{Guid.NewGuid():N}", new Dictionary<string, string>
        {
            ["Demo__Seed"] = "true",
            ["Demo__Vehicles"] = "5",
        });
        await silo.StartAsync();

        var statuses = await WaitForAsync(database.ConnectionString, """
            SELECT status, count(*)::int FROM reminders WHERE company_id = @company GROUP BY status
            """, rows => rows.ContainsKey(ReminderStatuses.Overdue) && rows.ContainsKey(ReminderStatuses.DueSoon));
        var events = await WaitForAsync(database.ConnectionString, """
            SELECT type, count(*)::int FROM fleet_events WHERE company_id = @company GROUP BY type
            """, rows => rows.ContainsKey(FleetEventTypes.ReminderOverdue));
        var notified = await WaitForAsync(database.ConnectionString, """
            SELECT event_type, count(*)::int FROM notifications WHERE company_id = @company GROUP BY event_type
            """, rows => rows.ContainsKey(FleetEventTypes.ReminderOverdue));

        Assert.True(statuses.ContainsKey(ReminderStatuses.Ok), "some demo reminders are still ok");
        Assert.Equal(statuses[ReminderStatuses.Overdue], events[FleetEventTypes.ReminderOverdue]);
        Assert.Equal(statuses[ReminderStatuses.DueSoon], events[FleetEventTypes.ReminderDueSoon]);
        Assert.True(notified[FleetEventTypes.ReminderOverdue] >= statuses[ReminderStatuses.Overdue]);
        Assert.Equal(5 * 4 + 4 * 1, statuses.Values.Sum()); // demo vehicle 5 is a van: no tachograph
        Assert.NotNull(await ReminderRows.NextWakeAsync(database.ConnectionString, DemoFleet.CompanyId));
    }

    private static async Task<Dictionary<string, int>> WaitForAsync(string connectionString, string sql, Func<Dictionary<string, int>, bool> done)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            var rows = new Dictionary<string, int>();
            await using (var command = dataSource.CreateCommand(sql))
            {
                command.Parameters.AddWithValue("company", DemoFleet.CompanyId);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) rows[reader.GetString(0)] = reader.GetInt32(1);
            }
            if (done(rows) || DateTimeOffset.UtcNow > deadline) return rows;
            await Task.Delay(200);
        }
    }
}
