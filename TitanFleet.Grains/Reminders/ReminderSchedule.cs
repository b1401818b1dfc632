namespace TitanFleet.Grains.Reminders;

/// <summary>
/// The rule that moves reminders, as pure math. A date is due on its whole day: "due soon" from
/// lead days before it, overdue from the next midnight, both in the company's time zone (a
/// tax disc due on 31 March in London is overdue from 23:00 UTC that day, in summer time). A mileage reminder is due soon
/// within the lead kilometres of its reading and overdue once the odometer reaches it; its overdue
/// moment is when that was first seen. Whichever of date and mileage comes first counts. Overdue
/// is level 2, and each <see cref="RemindersOptions.EscalateEvery"/> after the overdue moment adds a level,
/// so the level follows from the clock: evaluating twice, or after a restart, gives the same answer.
/// </summary>
public static class ReminderSchedule
{
    public static ReminderStanding Evaluate(
        ReminderDetails details, DateTimeOffset? overdueSince, int? odometerKm, int leadDays, int leadKm, TimeSpan escalateEvery, TimeZoneInfo zone, DateTimeOffset now)
    {
        DateTimeOffset? dueSoonAt = null, overdueAt = null;
        if (details.DueDate is { } date)
        {
            dueSoonAt = LocalMidnight(date.AddDays(-leadDays), zone);
            overdueAt = LocalMidnight(date.AddDays(1), zone);
        }

        var mileageOverdue = details.DueMileageKm is { } due && odometerKm is { } odometer && odometer >= due;
        var mileageDueSoon = details.DueMileageKm is { } dueKm && odometerKm is { } reading && reading >= dueKm - leadKm;

        DateTimeOffset? overdueFrom = null;
        if (overdueAt is { } at && now >= at) overdueFrom = at;
        if (mileageOverdue)
        {
            var seen = overdueSince ?? now;
            overdueFrom = overdueFrom is { } earlier && earlier <= seen ? earlier : seen;
        }

        if (overdueFrom is { } from)
        {
            var periods = (long)((now - from).Ticks / escalateEvery.Ticks);
            var level = ReminderStatuses.OverdueLevel + (int)Math.Min(periods, int.MaxValue - ReminderStatuses.OverdueLevel);
            return new ReminderStanding(ReminderStatuses.Overdue, level, from, from + escalateEvery * (periods + 1));
        }
        if (mileageDueSoon || (dueSoonAt is { } soon && now >= soon))
            return new ReminderStanding(ReminderStatuses.DueSoon, ReminderStatuses.DueSoonLevel, null, overdueAt);
        return new ReminderStanding(ReminderStatuses.Ok, 0, null, dueSoonAt);
    }

    /// <summary>
    /// The first instant of <paramref name="day"/> in <paramref name="zone"/>. Where a clock change
    /// skips midnight itself (some zones spring forward at 00:00), the day starts when the clock
    /// shows the first time that exists.
    /// </summary>
    public static DateTimeOffset LocalMidnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
