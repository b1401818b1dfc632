namespace TitanFleet.Grains.Reminders;

/// <summary>
/// Where a reminder stands at a moment: its status, escalation level, when it went overdue, and
/// the next moment that changes on the clock alone (null when only an odometer can move it).
/// </summary>
public sealed record ReminderStanding(string Status, int Level, DateTimeOffset? OverdueSince, DateTimeOffset? NextChangeAt);
