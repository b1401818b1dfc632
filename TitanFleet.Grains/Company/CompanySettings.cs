namespace TitanFleet.Grains.Company;

/// <summary>
/// What a company's admins set. <see cref="SpeedLimitsKmh"/> maps a vehicle type to its default
/// speed limit; <see cref="WalkaroundCheckDueAt"/> is a local time in <see cref="TimeZone"/>.
/// <see cref="OverspeedMinDurationSeconds"/> is how long above the limit counts as overspeeding;
/// null takes the server's default (VehicleLive:OverspeedMinDuration).
/// </summary>
public sealed record CompanySettings(
    string Name,
    string TimeZone,
    string DisplayUnits,
    IReadOnlyDictionary<string, int> SpeedLimitsKmh,
    TimeOnly WalkaroundCheckDueAt,
    int ReminderDueSoonDays,
    bool OsmAndEnabled,
    int? OverspeedMinDurationSeconds = null)
{
    /// <summary>The fields the audit log compares (none secret); each speed limit is its own field so a change names its type.</summary>
    public IReadOnlyDictionary<string, object?> AuditFields()
    {
        var fields = new Dictionary<string, object?>
        {
            ["name"] = Name,
            ["timeZone"] = TimeZone,
            ["displayUnits"] = DisplayUnits,
            ["walkaroundCheckDueAt"] = WalkaroundCheckDueAt.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["reminderDueSoonDays"] = ReminderDueSoonDays,
            ["osmAndEnabled"] = OsmAndEnabled,
            ["overspeedMinDurationSeconds"] = OverspeedMinDurationSeconds,
        };
        foreach (var (type, limit) in SpeedLimitsKmh) fields[$"speedLimitsKmh.{type}"] = limit;
        return fields;
    }
}
