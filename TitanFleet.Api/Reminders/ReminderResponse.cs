using TitanFleet.Grains.Reminders;

namespace TitanFleet.Api.Reminders;

/// <summary>
/// A reminder as the API shows it. <see cref="Status"/> (ok, dueSoon, overdue, done) and
/// <see cref="EscalationLevel"/> (0 ok, 1 due soon, 2 overdue, one more per escalation period
/// overdue) move by themselves. <see cref="Version"/> (also the ETag) goes back with a write.
/// </summary>
public sealed record ReminderResponse(
    Guid Id,
    Guid? VehicleId,
    string? Registration,
    string Type,
    string Title,
    string? Notes,
    DateOnly? DueDate,
    int? DueMileageKm,
    int? RecurMonths,
    int? RecurWeeks,
    int? RecurKm,
    string Status,
    int EscalationLevel,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static ReminderResponse From(ReminderRecord record)
    {
        var d = record.Details;
        return new ReminderResponse(
            Id: record.Id, VehicleId: d.VehicleId, Registration: record.Registration, Type: d.Type, Title: d.Title, Notes: d.Notes,
            DueDate: d.DueDate, DueMileageKm: d.DueMileageKm,
            RecurMonths: d.Recurrence.Months, RecurWeeks: d.Recurrence.Weeks, RecurKm: d.Recurrence.Km,
            Status: record.Status, EscalationLevel: record.EscalationLevel, CompletedAt: record.CompletedAt,
            CreatedAt: record.CreatedAt, UpdatedAt: record.UpdatedAt, Version: record.Version);
    }
}
