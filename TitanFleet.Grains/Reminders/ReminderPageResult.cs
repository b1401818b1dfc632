namespace TitanFleet.Grains.Reminders;

public sealed record ReminderPageResult(IReadOnlyList<ReminderRecord> Items, ReminderCursor? Next);
