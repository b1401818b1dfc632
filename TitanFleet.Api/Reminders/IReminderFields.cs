namespace TitanFleet.Api.Reminders;

/// <summary>The fields a manager sets on a reminder, shared by create and update.</summary>
public interface IReminderFields
{
    Guid? VehicleId { get; }
    string? Type { get; }
    string? Title { get; }
    string? Notes { get; }
    DateOnly? DueDate { get; }
    int? DueMileageKm { get; }
    int? RecurMonths { get; }
    int? RecurWeeks { get; }
    int? RecurKm { get; }
}
