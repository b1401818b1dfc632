using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Rollups;

/// <summary>The statements <see cref="RollupRebuild"/> adds to the incremental writers' ones.</summary>
public static class RollupRebuildQueries
{
    public static readonly NamedQuery AllCompanies = new("rollups.rebuild-all-companies", "SELECT id FROM companies ORDER BY id");

    /// <summary>A company's vehicles (ix_vehicles_company_*), current and retired: history outlives a vehicle's service.</summary>
    public static readonly NamedQuery CompanyVehicles = new("rollups.rebuild-company-vehicles", """
        SELECT id FROM vehicles WHERE company_id = @company ORDER BY id
        """);

    /// <summary>The counted event types of a company in a range (ix_fleet_events_company_type).</summary>
    public static readonly NamedQuery CountedEvents = new("rollups.rebuild-counted-events", """
        SELECT type, occurred_at, vehicle_id, driver_id
        FROM fleet_events
        WHERE company_id = @company AND type = ANY(@types) AND occurred_at >= @from AND occurred_at < @to
        """);

    /// <summary>A company's shifts that started in a range (ix_timesheets_company_started).</summary>
    public static readonly NamedQuery StartedShifts = new("rollups.rebuild-started-shifts", """
        SELECT driver_id, started_at, distance_km, driving_seconds, other_work_seconds
        FROM timesheets
        WHERE company_id = @company AND started_at >= @from AND started_at < @to
        """);

    public static readonly NamedQuery ClearVehicleCounts = new("rollups.rebuild-clear-vehicle-counts", """
        UPDATE vehicle_daily_rollups SET overspeed_count = 0, geofence_visits = 0, updated_at = now()
        WHERE company_id = @company AND day >= @from AND day <= @to
        """);

    public static readonly NamedQuery DeleteDriverDays = new("rollups.rebuild-delete-driver-days", """
        DELETE FROM driver_daily_rollups WHERE company_id = @company AND day >= @from AND day <= @to
        """);

    public static readonly NamedQuery SetVehicleCounts = new("rollups.rebuild-set-vehicle-counts", """
        INSERT INTO vehicle_daily_rollups AS r (company_id, vehicle_id, day, overspeed_count, geofence_visits, updated_at)
        SELECT @company, u.vehicle_id, u.day, u.overspeeds, u.visits, now()
        FROM unnest(@subject_id::uuid[], @day::date[], @first::integer[], @second::integer[]) AS u(vehicle_id, day, overspeeds, visits)
        ORDER BY u.vehicle_id, u.day
        ON CONFLICT (company_id, vehicle_id, day) DO UPDATE SET
            overspeed_count = excluded.overspeed_count, geofence_visits = excluded.geofence_visits, updated_at = now()
        """);

    public static readonly NamedQuery InsertDriverDays = new("rollups.rebuild-insert-driver-days", """
        INSERT INTO driver_daily_rollups
            (company_id, driver_id, day, shift_count, distance_km, driving_seconds, other_work_seconds, overspeed_count, hours_breaches,
             geofence_visits, fix_count, distance_m, moving_seconds, idle_seconds, max_speed_kmh,
             first_fix_at, first_latitude, first_longitude, last_fix_at, last_latitude, last_longitude, updated_at)
        SELECT @company, u.driver_id, u.day, u.shifts, u.km, u.driving, u.other_work, u.overspeeds, u.breaches, u.visits,
               u.fix_count, u.distance_m, u.moving_seconds, u.idle_seconds, u.max_speed_kmh,
               u.first_fix_at, u.first_latitude, u.first_longitude, u.last_fix_at, u.last_latitude, u.last_longitude, now()
        FROM unnest(@driver_id::uuid[], @day::date[], @shifts::integer[], @km::integer[], @driving::integer[], @other_work::integer[],
                    @overspeeds::integer[], @breaches::integer[], @visits::integer[],
                    @fix_count::integer[], @distance_m::double precision[], @moving_seconds::integer[], @idle_seconds::integer[],
                    @max_speed_kmh::double precision[], @first_fix_at::timestamptz[], @first_latitude::double precision[],
                    @first_longitude::double precision[], @last_fix_at::timestamptz[], @last_latitude::double precision[],
                    @last_longitude::double precision[])
            AS u(driver_id, day, shifts, km, driving, other_work, overspeeds, breaches, visits,
                 fix_count, distance_m, moving_seconds, idle_seconds, max_speed_kmh,
                 first_fix_at, first_latitude, first_longitude, last_fix_at, last_latitude, last_longitude)
        """);
}
