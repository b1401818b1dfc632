namespace TitanFleet.Grains.Reports;

/// <summary>
/// One vehicle's day for DVSA compliance. <see cref="FirstUseAt"/> is its first fix of the day (null when it
/// did not report); open defects are those still open at the day's end, the oldest one's age in whole days
/// then; reminders are the reminder types due soon or overdue on that day, space-separated.
/// </summary>
public sealed record ComplianceRow(
    DateOnly Day,
    Guid VehicleId,
    string Registration,
    string? Depot,
    DateTimeOffset? FirstUseAt,
    DateTimeOffset? FirstCheckAt,
    int NilDefectReports,
    int DefectReports,
    int OpenMinorDefects,
    int OpenDangerousDefects,
    int? OldestOpenDefectAgeDays,
    bool OffRoad,
    string? RemindersDueSoon,
    string? RemindersOverdue)
{
    /// <summary>Null when the vehicle was not used that day: there was no first use to check before.</summary>
    public bool? CheckedBeforeFirstUse => FirstUseAt is { } used ? FirstCheckAt is { } check && check <= used : null;
}
