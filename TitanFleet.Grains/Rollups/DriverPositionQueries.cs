using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Rollups;

/// <summary>The statements that keep the position columns of driver_daily_rollups (sql/0245) exact; see <see cref="DriverPositionRollups"/>.</summary>
public static class DriverPositionQueries
{
    /// <summary>Advisory-lock namespace of the per-driver position locks (the vehicle locks use <see cref="VehicleRollupQueries.LockNamespace"/>).</summary>
    public const int LockNamespace = 14;

    /// <summary>Serialises position recounts per driver for the rest of the transaction, keys in ascending order like the vehicle locks.</summary>
    public static readonly NamedQuery LockDrivers = new("rollups.lock-drivers", """
        SELECT pg_advisory_xact_lock(@namespace, s.k)
        FROM (SELECT DISTINCT k FROM unnest(@keys::integer[]) AS k ORDER BY k) AS s
        """);

    /// <summary>
    /// The ended shifts of a history group's vehicles whose interval holds any of the group's stored fixes
    /// (per vehicle: ended at or after its first fix, started at or before its last), from
    /// ix_timesheets_company_vehicle_ended. Live fixes are newer than every ended shift: an empty range.
    /// </summary>
    public static readonly NamedQuery EndedShifts = new("rollups.vehicle-ended-shifts", """
        SELECT t.company_id, t.driver_id, t.started_at, t.ended_at
        FROM unnest(@company_id::uuid[], @vehicle_id::uuid[], @from_at::timestamptz[], @to_at::timestamptz[])
            AS v(company_id, vehicle_id, first_fix, last_fix)
        CROSS JOIN LATERAL (
            SELECT s.company_id, s.driver_id, s.started_at, s.ended_at
            FROM timesheets s
            WHERE s.company_id = v.company_id AND s.vehicle_id = v.vehicle_id
              AND s.ended_at >= v.first_fix AND s.started_at <= v.last_fix) AS t
        """);

    /// <summary>A driver's shifts overlapping [from, to) (ix_timesheets_company_driver_ended).</summary>
    public static readonly NamedQuery DriverShifts = new("rollups.driver-shifts-overlapping", """
        SELECT vehicle_id, started_at, ended_at
        FROM timesheets
        WHERE company_id = @company AND driver_id = @driver AND ended_at >= @from AND started_at < @to
        ORDER BY started_at, id
        """);

    /// <summary>A vehicle's shifts overlapping [from, to), for the rebuild (ix_timesheets_company_vehicle_ended).</summary>
    public static readonly NamedQuery VehicleShifts = new("rollups.rebuild-vehicle-shifts", """
        SELECT driver_id, started_at, ended_at
        FROM timesheets
        WHERE company_id = @company AND vehicle_id = @vehicle AND ended_at >= @from AND started_at < @to
        ORDER BY started_at, id
        """);

    /// <summary>A vehicle's fixes in the closed interval [from, to] of a shift, in fold order: one range scan of the history primary key.</summary>
    public static readonly NamedQuery ShiftFixes = new("rollups.history-shift-fixes", """
        SELECT fix_time, source_id, latitude, longitude, speed_kmh
        FROM location_history
        WHERE vehicle_id = @vehicle AND fix_time >= @from AND fix_time <= @to
        ORDER BY fix_time, source_id
        """);

    /// <summary>
    /// Sets recounted days' position columns (the shift and event columns are their writers' and stay). A day
    /// without fixes is written only where its row exists, so a recount leaves no empty rows behind it; rows
    /// are taken in (driver, day) order like the event recount's, so the two never deadlock.
    /// </summary>
    public static readonly NamedQuery SetDays = new("rollups.driver-set-positions", """
        INSERT INTO driver_daily_rollups AS r
            (company_id, driver_id, day, fix_count, distance_m, moving_seconds, idle_seconds, max_speed_kmh,
             first_fix_at, first_latitude, first_longitude, last_fix_at, last_latitude, last_longitude, updated_at)
        SELECT u.company_id, u.driver_id, u.day, u.fix_count, u.distance_m, u.moving_seconds, u.idle_seconds, u.max_speed_kmh,
               u.first_fix_at, u.first_latitude, u.first_longitude, u.last_fix_at, u.last_latitude, u.last_longitude, now()
        FROM unnest(@company_id::uuid[], @driver_id::uuid[], @day::date[], @fix_count::integer[], @distance_m::double precision[],
                    @moving_seconds::integer[], @idle_seconds::integer[], @max_speed_kmh::double precision[],
                    @first_fix_at::timestamptz[], @first_latitude::double precision[], @first_longitude::double precision[],
                    @last_fix_at::timestamptz[], @last_latitude::double precision[], @last_longitude::double precision[])
            AS u(company_id, driver_id, day, fix_count, distance_m, moving_seconds, idle_seconds, max_speed_kmh,
                 first_fix_at, first_latitude, first_longitude, last_fix_at, last_latitude, last_longitude)
        WHERE u.fix_count > 0
           OR EXISTS (SELECT 1 FROM driver_daily_rollups d WHERE d.company_id = u.company_id AND d.driver_id = u.driver_id AND d.day = u.day)
        ORDER BY u.driver_id, u.day
        ON CONFLICT (company_id, driver_id, day) DO UPDATE SET
            fix_count = excluded.fix_count, distance_m = excluded.distance_m,
            moving_seconds = excluded.moving_seconds, idle_seconds = excluded.idle_seconds, max_speed_kmh = excluded.max_speed_kmh,
            first_fix_at = excluded.first_fix_at, first_latitude = excluded.first_latitude, first_longitude = excluded.first_longitude,
            last_fix_at = excluded.last_fix_at, last_latitude = excluded.last_latitude, last_longitude = excluded.last_longitude,
            updated_at = now()
        """);
}
