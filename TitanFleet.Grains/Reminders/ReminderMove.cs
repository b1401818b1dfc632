namespace TitanFleet.Grains.Reminders;

/// <summary>A reminder the clock or an odometer moved from the standing it was read at to <see cref="To"/>.</summary>
public sealed record ReminderMove(ReminderRecord From, ReminderStanding To);
