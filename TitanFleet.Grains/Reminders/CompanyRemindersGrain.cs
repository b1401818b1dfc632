using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Reminders;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Events;

namespace TitanFleet.Grains.Reminders;

/// <summary>
/// One grain per company, not one per reminder: a company's reminders are read with one query and
/// need one durable Orleans reminder (due at the earliest next change, and at least every
/// <see cref="RemindersOptions.CheckPeriod"/> for odometers), so 1,000 vehicles with five reminders
/// each cost one row in orleans_reminder, not 5,000; and one activation per company serialises the
/// moves, so a move is written and announced once. The grain keeps no state: the reminders table
/// is the truth, and a move is written only if the row is still as read, so a restarted or moved
/// grain recomputes the same standing and announces nothing twice. It reads the reminder service's
/// own clock, so both agree on when a due time has come.
/// </summary>
public sealed partial class CompanyRemindersGrain(
    PostgresReminderStore store,
    CompanyTimeZoneCache timeZones,
    IFleetEventPublisher events,
    IOptions<RemindersOptions> options,
    [FromKeyedServices(ReminderTimeProviderNames.Reminders)] TimeProvider clock,
    ILogger<CompanyRemindersGrain> logger) : Grain, ICompanyRemindersGrain
{
    public const string ReminderName = "reminders-due";

    public Task RefreshAsync() => SweepAsync();

    public Task ReceiveReminder(string reminderName, TickStatus status) => SweepAsync();

    private async Task SweepAsync()
    {
        var companyId = this.GetPrimaryKey();
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var open = await store.LoadOpenAsync(companyId, CancellationToken.None);
        var zone = await timeZones.ForCompanyAsync(companyId);
        var moves = new List<ReminderMove>();
        DateTimeOffset? next = null;
        foreach (var (record, odometerKm, companyDueSoonDays) in open)
        {
            var standing = ReminderSchedule.Evaluate(record.Details, record.OverdueSince, odometerKm,
                leadDays: settings.LeadDaysFor(record.Details.Type, companyDueSoonDays), leadKm: settings.LeadKm, escalateEvery: settings.EscalateEvery, zone, now);
            if (standing.NextChangeAt is { } at && (next is null || at < next)) next = at;
            if (standing.Status != record.Status || standing.Level != record.EscalationLevel || standing.OverdueSince != record.OverdueSince)
                moves.Add(new ReminderMove(record, standing));
        }

        var written = await store.ApplyMovesAsync(companyId, moves, CancellationToken.None);
        if (written.Count > 0) LogMoved(companyId, written.Count);
        var announced = ReminderEvents.For(written, now);
        if (announced.Length > 0) await events.PublishAsync(announced);
        await ScheduleAsync(open.Count > 0, next, settings.CheckPeriod);
    }

    /// <summary>Wakes at the earliest next change but no later than one check period; a company with nothing open keeps no Orleans reminder.</summary>
    private async Task ScheduleAsync(bool anyOpen, DateTimeOffset? next, TimeSpan checkPeriod)
    {
        if (!anyOpen)
        {
            if (await this.GetReminder(ReminderName) is { } reminder) await this.UnregisterReminder(reminder);
            return;
        }
        // Read the clock again: the reminder service counts the due time from its own now, and the
        // sweep's writes and event sinks took time since the sweep read it.
        var dueIn = next is { } at ? at - clock.GetUtcNow() : checkPeriod;
        if (dueIn > checkPeriod) dueIn = checkPeriod;
        if (dueIn < TimeSpan.Zero) dueIn = TimeSpan.Zero;
        await this.RegisterOrUpdateReminder(ReminderName, dueIn, checkPeriod);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders of company {CompanyId}: {Count} moved")]
    private partial void LogMoved(Guid companyId, int count);
}
