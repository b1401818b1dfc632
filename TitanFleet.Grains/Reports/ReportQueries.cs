using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Reports;

/// <summary>
/// The reports' statements (issue 13). Days are the company's own (its time zone), and every report reads
/// daily rollups and per-vehicle or per-driver indexed lookups, never raw location history. The optional
/// vehicle, depot and driver filters are null-tolerant parameters on the small vehicles and users tables,
/// which the per-company indexes serve either way.
/// </summary>
public static class ReportQueries
{
    public static readonly NamedQuery VehicleInCompany = new("reports.vehicle-in-company", """
        SELECT EXISTS (SELECT 1 FROM vehicles WHERE id = @id AND company_id = @company)
        """);

    public static readonly NamedQuery DriverInCompany = new("reports.driver-in-company", """
        SELECT EXISTS (SELECT 1 FROM users WHERE id = @id AND company_id = @company)
        """);

    /// <summary>
    /// Per vehicle and day: first movement (rollup), that day's checks, defects open at the day's end, whether
    /// it was off road at any time of the day, and its compliance reminders due soon or overdue on the day
    /// (by due date, the company's "due soon" days; and by due mileage against the vehicle's current odometer,
    /// the register's mileage or its latest check's reading, whichever is higher, due soon within @leadKm).
    /// Only the current odometer is known, so a mileage reminder shows its present standing on every day.
    /// </summary>
    public static readonly NamedQuery Compliance = new("reports.compliance", """
        WITH company AS (
            SELECT time_zone, reminder_due_soon_days FROM companies WHERE id = @company
        ), days AS (
            SELECT d::date AS day,
                   d::timestamp AT TIME ZONE company.time_zone AS starts,
                   (d::date + 1)::timestamp AT TIME ZONE company.time_zone AS ends,
                   company.reminder_due_soon_days AS due_soon_days
            FROM company, generate_series(@from::date, @to::date, interval '1 day') AS d
        ), fleet AS (
            SELECT v.id, v.registration, v.depot, v.created_at, v.deleted_at,
                   GREATEST(v.mileage_km, (SELECT i.odometer_km FROM inspections i
                                           WHERE i.company_id = @company AND i.vehicle_id = v.id
                                           ORDER BY i.submitted_at DESC, i.id DESC LIMIT 1)) AS odometer_km
            FROM vehicles v
            WHERE v.company_id = @company AND (@vehicle::uuid IS NULL OR v.id = @vehicle) AND (@depot::text IS NULL OR v.depot = @depot)
              AND (@driver::uuid IS NULL OR EXISTS (
                  SELECT 1 FROM company, timesheets sheet
                  WHERE sheet.company_id = @company AND sheet.driver_id = @driver AND sheet.vehicle_id = v.id
                    AND sheet.ended_at >= @from::date::timestamp AT TIME ZONE company.time_zone
                    AND sheet.started_at < (@to::date + 1)::timestamp AT TIME ZONE company.time_zone))
        )
        SELECT days.day, fleet.id, fleet.registration, fleet.depot,
               rollup.first_fix_at, checks.first_check_at, checks.nil_defect_reports, checks.defect_reports,
               still_open.minor, still_open.dangerous, still_open.oldest_reported_at, days.ends,
               standing.vor, due.due_soon, due.overdue
        FROM fleet
        JOIN days ON fleet.created_at < days.ends AND (fleet.deleted_at IS NULL OR fleet.deleted_at >= days.starts)
        LEFT JOIN vehicle_daily_rollups rollup ON rollup.company_id = @company AND rollup.vehicle_id = fleet.id AND rollup.day = days.day
        CROSS JOIN LATERAL (
            SELECT min(submitted_at) AS first_check_at,
                   count(*) FILTER (WHERE nil_defect) AS nil_defect_reports,
                   count(*) FILTER (WHERE NOT nil_defect) AS defect_reports
            FROM inspections
            WHERE company_id = @company AND vehicle_id = fleet.id AND submitted_at >= days.starts AND submitted_at < days.ends
        ) checks
        CROSS JOIN LATERAL (
            SELECT count(*) FILTER (WHERE severity = 'minor') AS minor,
                   count(*) FILTER (WHERE severity = 'dangerous') AS dangerous,
                   min(reported_at) AS oldest_reported_at
            FROM defects
            WHERE company_id = @company AND vehicle_id = fleet.id AND reported_at < days.ends
              AND (resolved_at IS NULL OR resolved_at >= days.ends)
        ) still_open
        CROSS JOIN LATERAL (
            SELECT EXISTS (
                SELECT 1 FROM vehicle_status_history history
                WHERE history.company_id = @company AND history.vehicle_id = fleet.id AND history.status = 'vor'
                  AND history.valid_from < days.ends AND (history.valid_to IS NULL OR history.valid_to > days.starts)) AS vor
        ) standing
        CROSS JOIN LATERAL (
            SELECT string_agg(reminder_type, ' ' ORDER BY reminder_type) FILTER (WHERE NOT overdue) AS due_soon,
                   string_agg(reminder_type, ' ' ORDER BY reminder_type) FILTER (WHERE overdue) AS overdue
            FROM (
                SELECT reminder_type, coalesce(due_date < days.day, false) OR coalesce(due_mileage_km <= fleet.odometer_km, false) AS overdue
                FROM reminders
                WHERE company_id = @company AND vehicle_id = fleet.id AND deleted_at IS NULL AND status <> 'done'
                  AND reminder_type IN ('safetyInspection', 'mot', 'tax', 'insurance', 'tachograph')
                  AND (due_date <= days.day + days.due_soon_days OR due_mileage_km <= fleet.odometer_km + @leadKm)
            ) flagged
        ) due
        ORDER BY days.day, fleet.registration, fleet.id
        """);

    /// <summary>
    /// Per driver over the range: shifts (timesheets started in it) and those with the driver's own check of that
    /// vehicle in the 24 hours before the start (DOMAIN.md: checked before use, by every driver who takes it),
    /// and the driver rollups' distance, hours, overspeed events, hours breaches, geofence visits and GPS figures (distance,
    /// moving and idle time, the highest speed, the earliest and latest fix of the range with their places; those three
    /// null when no fix was attributed to the driver, since 0 km/h would be a figure). Lists the company's current
    /// drivers and anyone else (a manager who drove, a driver since removed) with a shift or a rollup in range.
    /// Drivers belong to the company, not to a depot: the depot filter keeps those with a shift in range on one of
    /// that depot's vehicles, and their figures stay all of their driving in the range.
    /// </summary>
    public static readonly NamedQuery Drivers = new("reports.drivers", """
        WITH company AS (
            SELECT time_zone FROM companies WHERE id = @company
        ), bounds AS (
            SELECT @from::date::timestamp AT TIME ZONE company.time_zone AS starts,
                   (@to::date + 1)::timestamp AT TIME ZONE company.time_zone AS ends
            FROM company
        )
        SELECT people.id, people.display_name, shifts.total, shifts.checked,
               rollup.days, rollup.distance_km, rollup.driving_seconds, rollup.other_work_seconds, rollup.overspeed_count, rollup.hours_breaches,
               rollup.geofence_visits, rollup.distance_m, rollup.moving_seconds, rollup.idle_seconds, rollup.max_speed_kmh,
               rollup.first_fix_at, rollup.first_latitude, rollup.first_longitude, rollup.last_fix_at, rollup.last_latitude, rollup.last_longitude
        FROM bounds
        CROSS JOIN users people
        CROSS JOIN LATERAL (
            SELECT count(*) AS total,
                   count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM inspections checks
                       WHERE checks.company_id = @company AND checks.driver_id = sheet.driver_id AND checks.vehicle_id = sheet.vehicle_id
                         AND checks.submitted_at <= sheet.started_at AND checks.submitted_at > sheet.started_at - interval '24 hours')) AS checked
            FROM timesheets sheet
            WHERE sheet.company_id = @company AND sheet.driver_id = people.id
              AND sheet.started_at >= bounds.starts AND sheet.started_at < bounds.ends
        ) shifts
        CROSS JOIN LATERAL (
            SELECT count(*) AS days,
                   coalesce(sum(distance_km), 0) AS distance_km,
                   coalesce(sum(driving_seconds), 0) AS driving_seconds,
                   coalesce(sum(other_work_seconds), 0) AS other_work_seconds,
                   coalesce(sum(overspeed_count), 0) AS overspeed_count,
                   coalesce(sum(hours_breaches), 0) AS hours_breaches,
                   coalesce(sum(geofence_visits), 0) AS geofence_visits,
                   coalesce(sum(distance_m), 0) AS distance_m,
                   coalesce(sum(moving_seconds), 0) AS moving_seconds,
                   coalesce(sum(idle_seconds), 0) AS idle_seconds,
                   max(max_speed_kmh) AS max_speed_kmh,
                   min(first_fix_at) AS first_fix_at,
                   (array_agg(first_latitude ORDER BY first_fix_at) FILTER (WHERE first_fix_at IS NOT NULL))[1] AS first_latitude,
                   (array_agg(first_longitude ORDER BY first_fix_at) FILTER (WHERE first_fix_at IS NOT NULL))[1] AS first_longitude,
                   max(last_fix_at) AS last_fix_at,
                   (array_agg(last_latitude ORDER BY last_fix_at DESC) FILTER (WHERE last_fix_at IS NOT NULL))[1] AS last_latitude,
                   (array_agg(last_longitude ORDER BY last_fix_at DESC) FILTER (WHERE last_fix_at IS NOT NULL))[1] AS last_longitude
            FROM driver_daily_rollups
            WHERE company_id = @company AND driver_id = people.id AND day BETWEEN @from::date AND @to::date
        ) rollup
        WHERE people.company_id = @company AND (@driver::uuid IS NULL OR people.id = @driver)
          AND (@depot::text IS NULL OR EXISTS (
              SELECT 1 FROM timesheets sheet
              JOIN vehicles vehicle ON vehicle.id = sheet.vehicle_id AND vehicle.company_id = @company
              WHERE sheet.company_id = @company AND sheet.driver_id = people.id AND vehicle.depot = @depot
                AND sheet.started_at >= bounds.starts AND sheet.started_at < bounds.ends))
          AND ((people.role = 'driver' AND people.deleted_at IS NULL) OR shifts.total > 0 OR rollup.days > 0)
        ORDER BY people.display_name, people.id
        """);
}
