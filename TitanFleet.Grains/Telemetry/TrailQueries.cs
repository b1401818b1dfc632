using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Telemetry;

/// <summary>The trail endpoint's two statements, sent as one batch: one round trip for the company check and the fixes.</summary>
public static class TrailQueries
{
    public static readonly NamedQuery VehicleInCompany = new("location-history.trail-vehicle", """
        SELECT EXISTS (SELECT 1 FROM vehicles WHERE id = @vehicle AND company_id = @company)
        """);

    // Only the columns the endpoint writes (no ids): a day is ~1,200 rows, so 48 bytes of uuids a row are worth leaving
    // behind. The company condition repeats the check above inside the statement that reads the history.
    public static readonly NamedQuery Fixes = new("location-history.trail", """
        SELECT fix_time, latitude, longitude, speed_kmh, heading, accuracy_m, altitude_m, odometer_m
        FROM location_history
        WHERE vehicle_id = @vehicle AND fix_time >= @from AND fix_time < @to AND company_id = @company
        ORDER BY fix_time LIMIT @limit
        """);
}
