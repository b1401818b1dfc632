namespace TitanFleet.Api.Company;

/// <summary>
/// Replaces the company's settings. Speed limits are km/h per vehicle type (a type left out has no
/// default limit); <see cref="WalkaroundCheckDueAt"/> is a local time "HH:mm" in the company's time
/// zone. <see cref="OverspeedMinDurationSeconds"/> (1-600) is how long a vehicle stays above its
/// limit before one overspeed event fires; left out or null, the server's default applies.
/// <see cref="Version"/> is the version the admin last read: a stale one is refused with 409.
/// </summary>
public sealed record UpdateCompanyRequest(
    string? Name,
    string? TimeZone,
    string? DisplayUnits,
    Dictionary<string, int>? SpeedLimitsKmh,
    string? WalkaroundCheckDueAt,
    int? ReminderDueSoonDays,
    bool? OsmAndEnabled,
    int? Version,
    int? OverspeedMinDurationSeconds = null);
