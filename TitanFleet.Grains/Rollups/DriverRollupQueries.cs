using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Rollups;

/// <summary>The timesheet columns of driver_daily_rollups: a shift counts on the local day it started.</summary>
public static class DriverRollupQueries
{
    /// <summary>Recounts a driver's days from their timesheets (ix_timesheets_company_driver_started), so a resend or a correction leaves them exact.</summary>
    public static readonly NamedQuery RecountShiftDays = new("rollups.driver-recount-shifts", """
        INSERT INTO driver_daily_rollups AS r
            (company_id, driver_id, day, shift_count, distance_km, driving_seconds, other_work_seconds, updated_at)
        SELECT @company, @driver, k.day, s.shifts, s.km, s.driving, s.other_work, now()
        FROM unnest(@day::date[], @from_at::timestamptz[], @to_at::timestamptz[]) AS k(day, from_at, to_at)
        CROSS JOIN LATERAL (
            SELECT count(*)::integer AS shifts,
                   COALESCE(sum(t.distance_km), 0)::integer AS km,
                   COALESCE(sum(t.driving_seconds), 0)::integer AS driving,
                   COALESCE(sum(t.other_work_seconds), 0)::integer AS other_work
            FROM timesheets t
            WHERE t.company_id = @company AND t.driver_id = @driver
              AND t.started_at >= k.from_at AND t.started_at < k.to_at) AS s
        ORDER BY k.day
        ON CONFLICT (company_id, driver_id, day) DO UPDATE SET
            shift_count = excluded.shift_count, distance_km = excluded.distance_km,
            driving_seconds = excluded.driving_seconds, other_work_seconds = excluded.other_work_seconds, updated_at = now()
        """);
}
