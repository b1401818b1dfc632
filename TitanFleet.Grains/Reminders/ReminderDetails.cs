namespace TitanFleet.Grains.Reminders;

/// <summary>What a manager sets on a reminder; <see cref="VehicleId"/> null means the company's own (an operator's licence, say).</summary>
public sealed record ReminderDetails(
    Guid? VehicleId,
    string Type,
    string Title,
    string? Notes,
    DateOnly? DueDate,
    int? DueMileageKm,
    ReminderRecurrence Recurrence);
