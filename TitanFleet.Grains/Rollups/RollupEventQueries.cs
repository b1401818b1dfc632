using TitanFleet.Grains.Events;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Rollups;

/// <summary>
/// Event counts of the daily rollups, recounted from fleet_events for each touched day rather than
/// incremented, so a resent event (stored once by the event history) counts once.
/// </summary>
public static class RollupEventQueries
{
    /// <summary>Per (vehicle, local day): overspeed and geofenceEntered events (ix_fleet_events_company_vehicle).</summary>
    public static readonly NamedQuery RecountVehicleDays = Recount(
        "rollups.vehicle-recount-events", table: "vehicle_daily_rollups", subject: "vehicle_id",
        column: "geofence_visits", type: FleetEventTypes.GeofenceEntered);

    /// <summary>Per (driver, local day): overspeed events with the driver and hours breaches (ix_fleet_events_company_driver).</summary>
    public static readonly NamedQuery RecountDriverDays = Recount(
        "rollups.driver-recount-events", table: "driver_daily_rollups", subject: "driver_id",
        column: "hours_breaches", type: FleetEventTypes.HoursBreached);

    /// <summary>
    /// Both recounts: a subject's overspeeds plus one other counted type. Runs once per query at type
    /// initialisation with the literal identifiers above, never with anything from a request.
    /// </summary>
    private static NamedQuery Recount(string name, string table, string subject, string column, string type) => new(name, $"""
        INSERT INTO {table} AS r (company_id, {subject}, day, overspeed_count, {column}, updated_at)
        SELECT k.company_id, k.{subject}, k.day, c.overspeeds, c.{column}, now()
        FROM unnest(@company_id::uuid[], @subject_id::uuid[], @day::date[], @from_at::timestamptz[], @to_at::timestamptz[])
            AS k(company_id, {subject}, day, from_at, to_at)
        CROSS JOIN LATERAL (
            SELECT count(*) FILTER (WHERE e.type = '{FleetEventTypes.Overspeed}')::integer AS overspeeds,
                   count(*) FILTER (WHERE e.type = '{type}')::integer AS {column}
            FROM fleet_events e
            WHERE e.company_id = k.company_id AND e.{subject} = k.{subject}
              AND e.occurred_at >= k.from_at AND e.occurred_at < k.to_at) AS c
        ORDER BY k.{subject}, k.day
        ON CONFLICT (company_id, {subject}, day) DO UPDATE SET
            overspeed_count = excluded.overspeed_count, {column} = excluded.{column}, updated_at = now()
        """);
}
