using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Events;

internal static class FleetEventQueries
{
    public static readonly NamedQuery Insert = new("events.insert", """
        INSERT INTO fleet_events
            (id, occurred_at, company_id, type, summary, vehicle_id, registration, driver_id, driver_name, details)
        SELECT e.id, e.occurred_at, e.company_id, e.type, e.summary, e.vehicle_id, e.registration, e.driver_id, e.driver_name, e.details::jsonb
        FROM unnest(@id, @occurred_at, @company_id, @type, @summary, @vehicle_id, @registration, @driver_id, @driver_name, @details)
            WITH ORDINALITY AS e(id, occurred_at, company_id, type, summary, vehicle_id, registration, driver_id, driver_name, details, position)
        ORDER BY e.position
        ON CONFLICT (id, occurred_at) DO NOTHING
        RETURNING id
        """);

    public static readonly NamedQuery List = new("events.list", """
        SELECT id, company_id, type, occurred_at, summary, vehicle_id, registration, driver_id, driver_name, details::text, seq
        FROM fleet_events
        WHERE company_id = @company
          AND (@vehicle::uuid IS NULL OR vehicle_id = @vehicle)
          AND (@driver::uuid IS NULL OR driver_id = @driver)
          AND (@types::text[] IS NULL OR type = ANY(@types))
          AND (@from::timestamptz IS NULL OR occurred_at >= @from)
          AND (@to::timestamptz IS NULL OR occurred_at < @to)
          AND (@afterSeq::bigint IS NULL OR (occurred_at, seq) < (@afterAt, @afterSeq))
        ORDER BY occurred_at DESC, seq DESC
        LIMIT @limit
        """);
}
