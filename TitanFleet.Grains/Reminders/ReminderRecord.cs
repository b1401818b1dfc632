namespace TitanFleet.Grains.Reminders;

/// <summary>One row of reminders as its store reads it, with the vehicle's registration (null for a company reminder).</summary>
public sealed record ReminderRecord(
    Guid Id,
    Guid CompanyId,
    ReminderDetails Details,
    string? Registration,
    string Status,
    int EscalationLevel,
    DateTimeOffset? OverdueSince,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    /// <summary>The fields the audit log compares.</summary>
    public IReadOnlyDictionary<string, object?> AuditFields() => new Dictionary<string, object?>
    {
        ["vehicleId"] = Details.VehicleId,
        ["type"] = Details.Type,
        ["title"] = Details.Title,
        ["notes"] = Details.Notes,
        ["dueDate"] = Details.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["dueMileageKm"] = Details.DueMileageKm,
        ["recurMonths"] = Details.Recurrence.Months,
        ["recurWeeks"] = Details.Recurrence.Weeks,
        ["recurKm"] = Details.Recurrence.Km,
        ["status"] = Status,
        ["escalationLevel"] = EscalationLevel,
    };
}
