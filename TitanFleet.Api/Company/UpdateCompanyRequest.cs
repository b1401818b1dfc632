namespace TitanFleet.Api.Company;

/// <summary>
/// Replaces the company's settings. Speed limits are km/h per vehicle type (a type left out has no
/// default limit); <see cref="WalkaroundCheckDueAt"/> is a local time "HH:mm" in the company's time
/// zone. <see cref="Version"/> is the version the admin last read: a stale one is refused with 409.
/// </summary>
public sealed record UpdateCompanyRequest(
    string? Name,
    string? TimeZone,
    string? DisplayUnits,
    Dictionary<string, int>? SpeedLimitsKmh,
    string? WalkaroundCheckDueAt,
    int? ReminderDueSoonDays,
    bool? OsmAndEnabled,
    int? Version);
