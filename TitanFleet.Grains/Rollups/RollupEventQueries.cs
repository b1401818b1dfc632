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
        ("geofence_visits", FleetEventTypes.GeofenceEntered));

    /// <summary>
    /// Per (driver, local day): overspeed events with the driver, hours breaches, and geofence enters while the
    /// driver was at the wheel (ix_fleet_events_company_driver).
    /// </summary>
    public static readonly NamedQuery RecountDriverDays = Recount(
        "rollups.driver-recount-events", table: "driver_daily_rollups", subject: "driver_id",
        ("hours_breaches", FleetEventTypes.HoursBreached), ("geofence_visits", FleetEventTypes.GeofenceEntered));

    /// <summary>
    /// Both recounts: a subject's overspeeds plus its other counted types, each into its column. Runs once per
    /// query at type initialisation with the literal identifiers above, never with anything from a request.
    /// </summary>
    private static NamedQuery Recount(string name, string table, string subject, params (string Column, string Type)[] counted)
    {
        var columns = string.Concat(counted.Select(c => $", {c.Column}"));
        var values = string.Concat(counted.Select(c => $", c.{c.Column}"));
        var counts = string.Concat(counted.Select(c => $",\n               count(*) FILTER (WHERE e.type = '{c.Type}')::integer AS {c.Column}"));
        var updates = string.Concat(counted.Select(c => $", {c.Column} = excluded.{c.Column}"));
        return new(name, $"""
            INSERT INTO {table} AS r (company_id, {subject}, day, overspeed_count{columns}, updated_at)
            SELECT k.company_id, k.{subject}, k.day, c.overspeeds{values}, now()
            FROM unnest(@company_id::uuid[], @subject_id::uuid[], @day::date[], @from_at::timestamptz[], @to_at::timestamptz[])
                AS k(company_id, {subject}, day, from_at, to_at)
            CROSS JOIN LATERAL (
                SELECT count(*) FILTER (WHERE e.type = '{FleetEventTypes.Overspeed}')::integer AS overspeeds{counts}
                FROM fleet_events e
                WHERE e.company_id = k.company_id AND e.{subject} = k.{subject}
                  AND e.occurred_at >= k.from_at AND e.occurred_at < k.to_at) AS c
            ORDER BY k.{subject}, k.day
            ON CONFLICT (company_id, {subject}, day) DO UPDATE SET
                overspeed_count = excluded.overspeed_count{updates}, updated_at = now()
            """);
    }
}
