using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.OsmAnd;

internal static class OsmAndQueries
{
    public static readonly NamedQuery FindDevice = new("osmand.find-device", """
        SELECT d.id, d.company_id, d.vehicle_id
        FROM devices d JOIN companies c ON c.id = d.company_id
        WHERE d.unique_id = @id AND d.revoked_at IS NULL AND c.osmand_enabled
        """);
}
