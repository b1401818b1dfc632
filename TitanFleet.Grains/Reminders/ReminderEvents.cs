using System.Globalization;
using TitanFleet.Grains.Events;

namespace TitanFleet.Grains.Reminders;

/// <summary>
/// The fleet events of written moves, rises only (an edit that moves a due date out lowers a
/// reminder silently). A reminder found already overdue is announced overdue, not also due soon;
/// every escalation level it passed is announced once, in order, so none is skipped even after a
/// silo was down for longer than one escalation period.
/// </summary>
public static class ReminderEvents
{
    public static FleetEvent[] For(IEnumerable<ReminderMove> moves, DateTimeOffset now)
    {
        var events = new List<FleetEvent>();
        foreach (var (from, to) in moves)
        {
            if (to.Level <= from.EscalationLevel) continue;
            if (to.Level == ReminderStatuses.DueSoonLevel)
            {
                events.Add(Event(from, FleetEventTypes.ReminderDueSoon, to.Level, now, "is due soon"));
                continue;
            }
            if (from.EscalationLevel < ReminderStatuses.OverdueLevel)
                events.Add(Event(from, FleetEventTypes.ReminderOverdue, ReminderStatuses.OverdueLevel, now, "is overdue"));
            for (var level = Math.Max(from.EscalationLevel + 1, ReminderStatuses.OverdueLevel + 1); level <= to.Level; level++)
                events.Add(Event(from, FleetEventTypes.ReminderEscalated, level, now, $"is still overdue (escalation level {level.ToString(CultureInfo.InvariantCulture)})"));
        }
        return [.. events];
    }

    private static FleetEvent Event(ReminderRecord reminder, string type, int level, DateTimeOffset now, string what)
    {
        var details = new Dictionary<string, string>
        {
            ["reminderId"] = reminder.Id.ToString(),
            ["reminderType"] = reminder.Details.Type,
            ["escalationLevel"] = level.ToString(CultureInfo.InvariantCulture),
        };
        var due = new List<string>();
        if (reminder.Details.DueDate is { } date)
        {
            details["dueDate"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            due.Add(details["dueDate"]);
        }
        if (reminder.Details.DueMileageKm is { } km)
        {
            details["dueMileage"] = km.ToString(CultureInfo.InvariantCulture);
            due.Add($"{details["dueMileage"]} km");
        }
        var subject = reminder.Registration is { } registration ? $"{reminder.Details.Title} for {registration}" : reminder.Details.Title;
        return new FleetEvent(Guid.NewGuid(), reminder.CompanyId, type, now, $"{subject} {what} (due {string.Join(" or ", due)})",
            VehicleId: reminder.Details.VehicleId, Registration: reminder.Registration, Details: details);
    }
}
