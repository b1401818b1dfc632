namespace TitanFleet.Grains.Reminders;

/// <summary>Where a page ended: the due date (null: among the undated, which sort last) and id of its last row.</summary>
public sealed record ReminderCursor(DateOnly? DueDate, Guid Id);
