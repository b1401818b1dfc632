namespace TitanFleet.Grains.Reminders;

/// <summary>A write's outcome; <see cref="Record"/> is the written row, or the current one on a version conflict.</summary>
public sealed record ReminderWriteResult(ReminderWriteStatus Status, ReminderRecord? Record = null);
