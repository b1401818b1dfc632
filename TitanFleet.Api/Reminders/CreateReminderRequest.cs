namespace TitanFleet.Api.Reminders;

/// <summary>
/// A new reminder: one of the six types, for a vehicle (or the company when <see cref="VehicleId"/>
/// is omitted), due on <see cref="DueDate"/> and/or at <see cref="DueMileageKm"/> (a vehicle's
/// odometer), repeating every <see cref="RecurMonths"/> or <see cref="RecurWeeks"/> (dated) or
/// <see cref="RecurKm"/> (mileage), or not at all. The title defaults to the type's name.
/// </summary>
public sealed record CreateReminderRequest(
    Guid? VehicleId,
    string? Type,
    string? Title,
    string? Notes,
    DateOnly? DueDate,
    int? DueMileageKm,
    int? RecurMonths,
    int? RecurWeeks,
    int? RecurKm) : IReminderFields;
