namespace TitanFleet.Api.Reminders;

/// <summary>
/// A vehicle's default reminders: the MOT from <see cref="RegistrationDate"/>, the safety
/// inspection every <see cref="SafetyInspectionWeeks"/> (4 to 13, default 6; at most 6 for a
/// vehicle over 12 years old), tax and insurance (on the given dates, else the next anniversary of
/// registration) and, for HGVs and PSVs, the tachograph calibration.
/// </summary>
public sealed record DefaultRemindersRequest(
    DateOnly? RegistrationDate,
    int? SafetyInspectionWeeks,
    DateOnly? TaxDueDate,
    DateOnly? InsuranceDueDate,
    DateOnly? TachographDueDate);
