using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Shifts;

internal static class ShiftQueries
{
    public static readonly NamedQuery DriverName = new("shifts.driver-name", "SELECT display_name FROM users WHERE id = @id AND company_id = @company");

    public static readonly NamedQuery OpenDangerousDefects = new("shifts.open-dangerous-defects", """
        SELECT id, category, description FROM defects
        WHERE company_id = @company AND vehicle_id = @vehicle AND severity = 'dangerous' AND resolved_at IS NULL
        ORDER BY reported_at, id
        """);

    public static readonly NamedQuery QualifyingCheck = new("shifts.qualifying-check", """
        SELECT i.id, i.submitted_at, i.odometer_km FROM inspections i JOIN companies c ON c.id = i.company_id
        WHERE i.company_id = @company AND i.vehicle_id = @vehicle
          AND ((i.driver_id = @driver AND i.submitted_at >= date_trunc('day', now() AT TIME ZONE c.time_zone) AT TIME ZONE c.time_zone)
            OR (i.driver_id <> @driver AND i.submitted_at >= now() - @window))
        ORDER BY i.submitted_at DESC, i.id DESC
        LIMIT 1
        """);
}
