using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Reports;

/// <summary>
/// The utilisation report's statements (issue 13), per vehicle over the range or per vehicle and day. Both work
/// from each vehicle's stretch of the range (from its creation to its deletion, in company-local days) and its
/// off-road days as one date multirange built from its few VOR or retired stretches, so nothing probes
/// <c>vehicle_status_history</c> once per vehicle-day: at 1,000 vehicles and 30 days that was 30,000 probes.
/// A day counts as off road when a VOR or retired stretch overlaps any moment of it (valid_to exclusive).
/// </summary>
public static class UtilisationQueries
{
    // The vehicles in service on at least one day of the range, their first and last such day, their off-road
    // days within it, and their place in registration order (so the per-day sort compares integers, not text).
    private const string InService = """
        WITH company AS (
            SELECT time_zone FROM companies WHERE id = @company
        ), fleet AS (
            SELECT vehicle.id, vehicle.registration, vehicle.depot, company.time_zone,
                   greatest(@from::date, (vehicle.created_at AT TIME ZONE company.time_zone)::date) AS first_day,
                   least(@to::date, (vehicle.deleted_at AT TIME ZONE company.time_zone)::date) AS last_day
            FROM company CROSS JOIN vehicles vehicle
            WHERE vehicle.company_id = @company AND (@vehicle::uuid IS NULL OR vehicle.id = @vehicle) AND (@depot::text IS NULL OR vehicle.depot = @depot)
              AND (@driver::uuid IS NULL OR EXISTS (
                  SELECT 1 FROM timesheets sheet
                  WHERE sheet.company_id = @company AND sheet.driver_id = @driver AND sheet.vehicle_id = vehicle.id
                    AND sheet.ended_at >= @from::date::timestamp AT TIME ZONE company.time_zone
                    AND sheet.started_at < (@to::date + 1)::timestamp AT TIME ZONE company.time_zone))
        ), in_service AS (
            SELECT fleet.id, fleet.registration, fleet.depot, fleet.first_day, fleet.last_day,
                   row_number() OVER (ORDER BY fleet.registration, fleet.id) AS place,
                   coalesce(off_road.days * datemultirange(daterange(fleet.first_day, fleet.last_day, '[]')), '{}') AS off_road_days
            FROM fleet
            CROSS JOIN LATERAL (
                SELECT range_agg(daterange(
                           (history.valid_from AT TIME ZONE fleet.time_zone)::date,
                           ((history.valid_to - interval '1 microsecond') AT TIME ZONE fleet.time_zone)::date + 1)) AS days
                FROM vehicle_status_history history
                WHERE history.company_id = @company AND history.vehicle_id = fleet.id AND history.status IN ('vor', 'retired')
                  AND history.valid_from < (fleet.last_day + 1)::timestamp AT TIME ZONE fleet.time_zone
                  AND (history.valid_to IS NULL OR history.valid_to > fleet.first_day::timestamp AT TIME ZONE fleet.time_zone)
            ) off_road
            WHERE fleet.first_day <= fleet.last_day
        )
        """;

    /// <summary>
    /// Per vehicle over the range: sums of its rollups on its days in service, the days it moved, and the days it
    /// was available (in service and not off road, or off road but moved anyway), its highest speed and its earliest and
    /// latest fix with their places (null without fixes). Ordered by registration.
    /// </summary>
    public static readonly NamedQuery ByVehicle = new("reports.utilisation-by-vehicle", $"""
        {InService}
        SELECT in_service.id, in_service.registration, in_service.depot,
               used.distance_m, used.moving_seconds, used.idle_seconds, used.days_used,
               (in_service.last_day - in_service.first_day + 1)
                 - (SELECT coalesce(sum(upper(stretch) - lower(stretch)), 0) FROM unnest(in_service.off_road_days) AS stretch)::integer
                 + used.days_used_off_road AS days_available,
               used.max_speed_kmh, used.overspeed_count, used.geofence_visits,
               used.first_fix_at, used.first_latitude, used.first_longitude, used.last_fix_at, used.last_latitude, used.last_longitude
        FROM in_service
        CROSS JOIN LATERAL (
            SELECT coalesce(sum(rollup.distance_m), 0) AS distance_m,
                   coalesce(sum(rollup.moving_seconds), 0) AS moving_seconds,
                   coalesce(sum(rollup.idle_seconds), 0) AS idle_seconds,
                   count(*) FILTER (WHERE rollup.distance_m > 0 OR rollup.moving_seconds > 0)::integer AS days_used,
                   count(*) FILTER (WHERE (rollup.distance_m > 0 OR rollup.moving_seconds > 0)
                                      AND in_service.off_road_days @> rollup.day)::integer AS days_used_off_road,
                   max(rollup.max_speed_kmh) AS max_speed_kmh,
                   coalesce(sum(rollup.overspeed_count), 0) AS overspeed_count,
                   coalesce(sum(rollup.geofence_visits), 0) AS geofence_visits,
                   min(rollup.first_fix_at) AS first_fix_at,
                   (array_agg(rollup.first_latitude ORDER BY rollup.first_fix_at) FILTER (WHERE rollup.first_fix_at IS NOT NULL))[1] AS first_latitude,
                   (array_agg(rollup.first_longitude ORDER BY rollup.first_fix_at) FILTER (WHERE rollup.first_fix_at IS NOT NULL))[1] AS first_longitude,
                   max(rollup.last_fix_at) AS last_fix_at,
                   (array_agg(rollup.last_latitude ORDER BY rollup.last_fix_at DESC) FILTER (WHERE rollup.last_fix_at IS NOT NULL))[1] AS last_latitude,
                   (array_agg(rollup.last_longitude ORDER BY rollup.last_fix_at DESC) FILTER (WHERE rollup.last_fix_at IS NOT NULL))[1] AS last_longitude
            FROM vehicle_daily_rollups rollup
            WHERE rollup.company_id = @company AND rollup.vehicle_id = in_service.id
              AND rollup.day BETWEEN in_service.first_day AND in_service.last_day
        ) used
        ORDER BY in_service.place
        """);

    /// <summary>
    /// Per vehicle and day in service: the day's rollup (zeros, and nulls for max speed and positions, when it did not
    /// report) and whether it was off road.
    /// Ordered by day, then registration.
    /// </summary>
    public static readonly NamedQuery ByDay = new("reports.utilisation", $"""
        {InService}
        SELECT in_service.first_day + offset_days AS day, in_service.id, in_service.registration, in_service.depot,
               coalesce(rollup.distance_m, 0), coalesce(rollup.moving_seconds, 0), coalesce(rollup.idle_seconds, 0),
               in_service.off_road_days @> (in_service.first_day + offset_days),
               rollup.max_speed_kmh, coalesce(rollup.overspeed_count, 0), coalesce(rollup.geofence_visits, 0),
               rollup.first_fix_at, rollup.first_latitude, rollup.first_longitude, rollup.last_fix_at, rollup.last_latitude, rollup.last_longitude
        FROM in_service
        CROSS JOIN LATERAL generate_series(0, in_service.last_day - in_service.first_day) AS offset_days
        LEFT JOIN vehicle_daily_rollups rollup
            ON rollup.company_id = @company AND rollup.day BETWEEN @from::date AND @to::date
           AND rollup.vehicle_id = in_service.id AND rollup.day = in_service.first_day + offset_days
        ORDER BY day, in_service.place
        """);
}
