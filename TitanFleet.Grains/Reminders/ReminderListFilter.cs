namespace TitanFleet.Grains.Reminders;

public sealed record ReminderListFilter(Guid? VehicleId, string? Type, string? Status, DateOnly? DueBefore, ReminderCursor? After, int Limit);
