using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Vehicles;

public static class VehiclePresenceQueries
{
    public static readonly NamedQuery Mark = new("vehicle_presence.mark", """
        INSERT INTO vehicle_presence (vehicle_id, silo, since) VALUES (@vehicle, @silo, @since)
        ON CONFLICT (vehicle_id) DO UPDATE SET silo = EXCLUDED.silo
        """);

    public static readonly NamedQuery Clear = new("vehicle_presence.clear", """
        DELETE FROM vehicle_presence WHERE vehicle_id = @vehicle
        """);

    /// <summary>
    /// The silos rows name, one index probe per silo (a skip scan of ix_vehicle_presence_silo), so the
    /// backstop finds silos the membership table no longer lists without reading every online vehicle.
    /// </summary>
    public static readonly NamedQuery Silos = new("vehicle_presence.silos", """
        WITH RECURSIVE silos(silo) AS (
            (SELECT silo FROM vehicle_presence ORDER BY silo LIMIT 1)
            UNION ALL
            SELECT (SELECT p.silo FROM vehicle_presence p WHERE p.silo > s.silo ORDER BY p.silo LIMIT 1)
            FROM silos s WHERE s.silo IS NOT NULL
        )
        SELECT silo FROM silos WHERE silo IS NOT NULL
        """);

    public static readonly NamedQuery OfSilos = new("vehicle_presence.ofSilos", """
        SELECT vehicle_id, since FROM vehicle_presence WHERE silo = ANY(@silos) LIMIT @limit
        """);
}
