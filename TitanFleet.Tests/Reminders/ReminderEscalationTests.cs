using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Reminders;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Reminders;

/// <summary>
/// Reminders move by themselves: the fake clock is moved to each due time and the company's Orleans
/// reminder (stored in PostgreSQL) fires the grain, which writes the move and publishes its event.
/// </summary>
public sealed class ReminderEscalationTests(ReminderClusterFixture fixture) : IClassFixture<ReminderClusterFixture>
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeSpan MoveTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task OrleansReminder_FakeClockPassesEachDueTime_MovesDueSoonOverdueEscalatedWithOneEventEach()
    {
        var company = await TestCompanyFactory.CreateAsync(fixture.ConnectionString, vehicleCount: 1);
        var today = DateOnly.FromDateTime(ReminderClusterFixture.Clock.GetUtcNow().UtcDateTime);
        var due = today.AddDays(30);
        var reminder = await CreateAsync(company, ReminderTypes.Tax, due);
        // The company keeps London time and the due day falls after the spring clock change, so its
        // midnights are 23:00 UTC the day before (the grain reads the zone, not UTC).
        var dueSoonAt = LondonMidnight(due.AddDays(-14)); // tax: the company's 14 days and the type's 14
        var overdueAt = LondonMidnight(due.AddDays(1));
        Assert.Equal(23, overdueAt.UtcDateTime.Hour);

        await fixture.Grains.GetGrain<ICompanyRemindersGrain>(company.CompanyId).RefreshAsync();
        Assert.Equal((ReminderStatuses.Ok, 0), await ReminderRows.StandingAsync(fixture.ConnectionString, reminder.Id));
        Assert.Equal(dueSoonAt, await ReminderRows.NextWakeAsync(fixture.ConnectionString, company.CompanyId));
        Assert.Empty(ReminderClusterFixture.EventsOf(company.CompanyId));

        await PassAsync(dueSoonAt, company.CompanyId, reminder.Id, (ReminderStatuses.DueSoon, 1));
        Assert.Equal(overdueAt, await ReminderRows.NextWakeAsync(fixture.ConnectionString, company.CompanyId));
        await PassAsync(overdueAt, company.CompanyId, reminder.Id, (ReminderStatuses.Overdue, 2));
        await PassAsync(overdueAt + ReminderClusterFixture.EscalateEvery, company.CompanyId, reminder.Id, (ReminderStatuses.Overdue, 3));

        var events = ReminderClusterFixture.EventsOf(company.CompanyId);
        Assert.Equal([FleetEventTypes.ReminderDueSoon, FleetEventTypes.ReminderOverdue, FleetEventTypes.ReminderEscalated], events.Select(e => e.Type));
        Assert.Equal(["1", "2", "3"], events.Select(e => e.Details!["escalationLevel"]));
        var escalated = events[^1];
        Assert.Equal(reminder.Id.ToString(), escalated.Details!["reminderId"]);
        Assert.Equal("tax", escalated.Details["reminderType"]);
        Assert.Equal(due.ToString("yyyy-MM-dd"), escalated.Details["dueDate"]);
        Assert.Equal(company.Vehicles[0].VehicleId, escalated.VehicleId);
        Assert.Equal(company.Vehicles[0].Registration, escalated.Registration);
    }

    [Fact]
    public async Task RestartedSilo_DownForManyEscalationPeriods_EveryLevelAnnouncedOnceNoneSkipped()
    {
        var company = await TestCompanyFactory.CreateAsync(fixture.ConnectionString, vehicleCount: 1);
        var due = DateOnly.FromDateTime(ReminderClusterFixture.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var reminder = await CreateAsync(company, ReminderTypes.Insurance, due);
        var overdueAt = new DateTimeOffset(due.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1);
        await fixture.Grains.GetGrain<ICompanyRemindersGrain>(company.CompanyId).RefreshAsync();
        Assert.Equal((ReminderStatuses.Overdue, 2), await ReminderRows.StandingAsync(fixture.ConnectionString, reminder.Id));
        var wake = await ReminderRows.NextWakeAsync(fixture.ConnectionString, company.CompanyId);
        Assert.Equal(overdueAt + ReminderClusterFixture.EscalateEvery, wake);

        // The silo restarts and nobody calls the grain: the Orleans reminder, read back from
        // PostgreSQL by the new silo, wakes it. The first wake is missed while "down", so the next
        // comes a check period later (Orleans skips missed ticks), many escalation periods on.
        await fixture.RestartSiloAsync();
        var moment = wake!.Value + ReminderClusterFixture.CheckPeriod;
        var level = 2 + (int)((moment - overdueAt) / ReminderClusterFixture.EscalateEvery);
        await PassAsync(moment, company.CompanyId, reminder.Id, (ReminderStatuses.Overdue, level));
        await fixture.Grains.GetGrain<ICompanyRemindersGrain>(company.CompanyId).RefreshAsync();

        var events = ReminderClusterFixture.EventsOf(company.CompanyId);
        Assert.Equal(FleetEventTypes.ReminderOverdue, events[0].Type);
        Assert.All(events.Skip(1), e => Assert.Equal(FleetEventTypes.ReminderEscalated, e.Type));
        Assert.Equal(Enumerable.Range(2, level - 1).Select(l => l.ToString()), events.Select(e => e.Details!["escalationLevel"]));
    }

    [Fact]
    public async Task RefreshAsync_VehicleRetired_ItsRemindersStopMoving()
    {
        var company = await TestCompanyFactory.CreateAsync(fixture.ConnectionString, vehicleCount: 1);
        var due = DateOnly.FromDateTime(ReminderClusterFixture.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var reminder = await CreateAsync(company, ReminderTypes.Mot, due);
        await using (var dataSource = Npgsql.NpgsqlDataSource.Create(fixture.ConnectionString))
        await using (var retire = dataSource.CreateCommand("UPDATE vehicles SET status = 'retired', deleted_at = now() WHERE id = @id"))
        {
            retire.Parameters.AddWithValue("id", company.Vehicles[0].VehicleId);
            await retire.ExecuteNonQueryAsync();
        }

        await fixture.Grains.GetGrain<ICompanyRemindersGrain>(company.CompanyId).RefreshAsync();

        Assert.Equal((ReminderStatuses.Ok, 0), await ReminderRows.StandingAsync(fixture.ConnectionString, reminder.Id));
        Assert.Empty(ReminderClusterFixture.EventsOf(company.CompanyId));
        Assert.Null(await ReminderRows.NextWakeAsync(fixture.ConnectionString, company.CompanyId));
    }

    private static DateTimeOffset LondonMidnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }

    private async Task<ReminderRecord> CreateAsync(TestCompany company, string type, DateOnly due)
    {
        var store = fixture.SiloServices.GetRequiredService<PostgresReminderStore>();
        var actor = new AuditActor(company.CompanyId, UserId: null, RequestId: "test", ClientAddress: null);
        var details = new ReminderDetails(company.Vehicles[0].VehicleId, type, ReminderTypes.Label(type), Notes: null, DueDate: due, DueMileageKm: null,
            Recurrence: new ReminderRecurrence(Months: 12));
        var (status, created) = await store.CreateAsync(actor, [details], CancellationToken.None);
        Assert.Equal(ReminderWriteStatus.Written, status);
        return created[0];
    }

    /// <summary>
    /// Moves the fake clock to <paramref name="moment"/> and waits for the Orleans reminder to move
    /// the reminder. The reminder service arms its next wait on the fake clock after real database
    /// reads, so the clock keeps ticking a millisecond per poll as real time would. Returns once the
    /// grain has also armed its next wake (after the move it publishes, then re-registers), so the
    /// next pass does not move the clock under a registration still in flight.
    /// </summary>
    private async Task PassAsync(DateTimeOffset moment, Guid companyId, Guid reminderId, (string Status, int Level) expected)
    {
        var clock = ReminderClusterFixture.Clock;
        if (moment > clock.GetUtcNow()) clock.SetUtcNow(moment);
        var waited = Stopwatch.StartNew();
        while (await ReminderRows.StandingAsync(fixture.ConnectionString, reminderId) != expected)
        {
            Assert.True(waited.Elapsed < MoveTimeout,
                $"reminder still {await ReminderRows.StandingAsync(fixture.ConnectionString, reminderId)} at {clock.GetUtcNow():O}, expected {expected}");
            await Task.Delay(50);
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }
        while (await ReminderRows.NextWakeAsync(fixture.ConnectionString, companyId) is { } wake && wake <= moment)
        {
            Assert.True(waited.Elapsed < MoveTimeout, $"the company's reminder still wakes at {wake:O}, not after {moment:O}");
            await Task.Delay(50);
        }
    }
}
