namespace TitanFleet.Grains.Geofences;

/// <summary>
/// Whether a counted crossing alerts: its rule must ask for that direction and, with a schedule, the
/// crossing's fix time must fall inside the window read in the company's time zone (so a window
/// keeps its wall-clock hours across a clock change). Pure, so the rule is tested without a silo.
/// </summary>
public static class GeofenceAlertRule
{
    public static bool Alerts(GeofenceRules rules, bool entered, DateTimeOffset at, TimeZoneInfo companyTimeZone) =>
        (entered ? rules.AlertOnEnter : rules.AlertOnExit)
        && (rules.Schedule is not { } schedule || schedule.Covers(at, companyTimeZone));
}
