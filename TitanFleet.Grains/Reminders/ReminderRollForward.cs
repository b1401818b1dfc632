namespace TitanFleet.Grains.Reminders;

/// <summary>
/// Completing a recurring reminder moves it to its next occurrence: the due date by whole
/// intervals from the old date (so an MOT keeps its anniversary), the due reading by whole
/// intervals from the old reading, each until it lies after the completion day or the current
/// odometer. A one-off reminder has no next occurrence.
/// </summary>
public static class ReminderRollForward
{
    public static ReminderDetails? Next(ReminderDetails details, DateOnly completedOn, int? odometerKm)
    {
        var recurrence = details.Recurrence;
        if (!recurrence.IsRecurring) return null;
        if (recurrence.Km is { } everyKm && details.DueMileageKm is { } dueKm)
        {
            var next = dueKm + everyKm;
            while (odometerKm is { } reading && next <= reading) next += everyKm;
            return details with { DueMileageKm = next };
        }
        if (details.DueDate is not { } due) return null;
        var step = 1;
        DateOnly candidate;
        do
        {
            candidate = recurrence.Months is { } months ? due.AddMonths(months * step) : due.AddDays(7 * recurrence.Weeks!.Value * step);
            step++;
        }
        while (candidate <= completedOn);
        return details with { DueDate = candidate };
    }
}
