namespace TitanFleet.Grains.Reminders;

/// <summary>What a manager knows when adding a vehicle's default reminders; dates left null follow the registration date.</summary>
public sealed record DefaultReminderDates(
    DateOnly RegistrationDate,
    int SafetyInspectionWeeks,
    DateOnly? TaxDueDate,
    DateOnly? InsuranceDueDate,
    DateOnly? TachographDueDate);
