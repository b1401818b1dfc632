using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Rollups;

/// <summary>
/// Event counts of the daily rollups, recounted from fleet_events for each touched day rather than
/// incremented, so a resent event (stored once by the event history) counts once.
/// </summary>
public static class RollupEventQueries
{
    /// <summary>Per (vehicle, local day): overspeed and geofenceEntered events (ix_fleet_events_company_vehicle).</summary>
    public static readonly NamedQuery RecountVehicleDays = new("rollups.vehicle-recount-events", """
        INSERT INTO vehicle_daily_rollups AS r (company_id, vehicle_id, day, overspeed_count, geofence_visits, updated_at)
        SELECT k.company_id, k.vehicle_id, k.day, c.overspeeds, c.visits, now()
        FROM unnest(@company_id::uuid[], @subject_id::uuid[], @day::date[], @from_at::timestamptz[], @to_at::timestamptz[])
            AS k(company_id, vehicle_id, day, from_at, to_at)
        CROSS JOIN LATERAL (
            SELECT count(*) FILTER (WHERE e.type = 'overspeed')::integer AS overspeeds,
                   count(*) FILTER (WHERE e.type = 'geofenceEntered')::integer AS visits
            FROM fleet_events e
            WHERE e.company_id = k.company_id AND e.vehicle_id = k.vehicle_id
              AND e.occurred_at >= k.from_at AND e.occurred_at < k.to_at) AS c
        ORDER BY k.vehicle_id, k.day
        ON CONFLICT (company_id, vehicle_id, day) DO UPDATE SET
            overspeed_count = excluded.overspeed_count, geofence_visits = excluded.geofence_visits, updated_at = now()
        """);

    /// <summary>Per (driver, local day): overspeed events with the driver and hours breaches (ix_fleet_events_company_driver).</summary>
    public static readonly NamedQuery RecountDriverDays = new("rollups.driver-recount-events", """
        INSERT INTO driver_daily_rollups AS r (company_id, driver_id, day, overspeed_count, hours_breaches, updated_at)
        SELECT k.company_id, k.driver_id, k.day, c.overspeeds, c.breaches, now()
        FROM unnest(@company_id::uuid[], @subject_id::uuid[], @day::date[], @from_at::timestamptz[], @to_at::timestamptz[])
            AS k(company_id, driver_id, day, from_at, to_at)
        CROSS JOIN LATERAL (
            SELECT count(*) FILTER (WHERE e.type = 'overspeed')::integer AS overspeeds,
                   count(*) FILTER (WHERE e.type = 'hoursBreached')::integer AS breaches
            FROM fleet_events e
            WHERE e.company_id = k.company_id AND e.driver_id = k.driver_id
              AND e.occurred_at >= k.from_at AND e.occurred_at < k.to_at) AS c
        ORDER BY k.driver_id, k.day
        ON CONFLICT (company_id, driver_id, day) DO UPDATE SET
            overspeed_count = excluded.overspeed_count, hours_breaches = excluded.hours_breaches, updated_at = now()
        """);
}
