using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Geofences;

internal static class GeofenceOccupancyQueries
{
    // Only a geofence still active in the vehicle's company gains an occupant: an enter written after the
    // geofence was switched off or deleted (it was in the writer's queue) must not bring its row back.
    // Rows arrive sorted by key so concurrent writers lock them in one order.
    public static readonly NamedQuery Enter = new("geofence-occupants.enter", """
        INSERT INTO geofence_occupants AS o (geofence_id, vehicle_id, company_id, registration, inside_since)
        SELECT u.geofence_id, u.vehicle_id, u.company_id, u.registration, u.inside_since
        FROM unnest(@geofence_id::uuid[], @vehicle_id::uuid[], @company_id::uuid[], @registration::text[], @inside_since::timestamptz[])
            AS u(geofence_id, vehicle_id, company_id, registration, inside_since)
        JOIN geofences g ON g.id = u.geofence_id AND g.company_id = u.company_id AND g.active AND g.deleted_at IS NULL
        ORDER BY u.geofence_id, u.vehicle_id
        ON CONFLICT (geofence_id, vehicle_id) DO UPDATE SET registration = excluded.registration, inside_since = excluded.inside_since
        """);

    public static readonly NamedQuery Exit = new("geofence-occupants.exit", """
        DELETE FROM geofence_occupants o
        USING unnest(@geofence_id::uuid[], @vehicle_id::uuid[]) AS u(geofence_id, vehicle_id)
        WHERE o.geofence_id = u.geofence_id AND o.vehicle_id = u.vehicle_id
        """);

    public static readonly NamedQuery List = new("geofence-occupants.list", """
        SELECT vehicle_id, registration, inside_since FROM geofence_occupants
        WHERE geofence_id = @geofence
        ORDER BY inside_since, vehicle_id
        """);

    public static readonly NamedQuery Clear = new("geofence-occupants.clear", "DELETE FROM geofence_occupants WHERE geofence_id = @geofence");

    // Occupancy a geofence grain stored in its own state before sql/0210: moved here once, never over a newer row.
    public static readonly NamedQuery ImportLegacy = new("geofence-occupants.import-legacy", """
        INSERT INTO geofence_occupants (geofence_id, vehicle_id, company_id, registration, inside_since)
        SELECT @geofence, u.vehicle_id, g.company_id, u.registration, u.inside_since
        FROM unnest(@vehicle_id::uuid[], @registration::text[], @inside_since::timestamptz[]) AS u(vehicle_id, registration, inside_since)
        JOIN geofences g ON g.id = @geofence AND g.active AND g.deleted_at IS NULL
        ON CONFLICT (geofence_id, vehicle_id) DO NOTHING
        """);
}
