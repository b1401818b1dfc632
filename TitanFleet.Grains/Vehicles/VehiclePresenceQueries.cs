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

    public static readonly NamedQuery OfSilos = new("vehicle_presence.ofSilos", """
        SELECT vehicle_id, since FROM vehicle_presence WHERE silo = ANY(@silos) LIMIT @limit
        """);
}
