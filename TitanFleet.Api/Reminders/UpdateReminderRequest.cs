namespace TitanFleet.Api.Reminders;

/// <summary>A reminder's fields replaced whole, with the <see cref="Version"/> last read (409 when stale). Status and escalation move by themselves.</summary>
public sealed record UpdateReminderRequest(
    Guid? VehicleId,
    string? Type,
    string? Title,
    string? Notes,
    DateOnly? DueDate,
    int? DueMileageKm,
    int? RecurMonths,
    int? RecurWeeks,
    int? RecurKm,
    int? Version) : IReminderFields;
