using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Telemetry;

internal static class LocationHistoryQueries
{
    private const string Columns = "vehicle_id, company_id, source_id, fix_time, latitude, longitude, speed_kmh, heading, accuracy_m, altitude_m, odometer_m";

    public static readonly NamedQuery Since = new("location-history.since", $"""
        SELECT {Columns}
        FROM location_history WHERE vehicle_id = @vehicle AND fix_time > @after
        ORDER BY fix_time DESC LIMIT @limit
        """);

    public static readonly NamedQuery Copy = new("location-history.copy", """
        COPY location_history
            (vehicle_id, fix_time, source_id, company_id, latitude, longitude,
             speed_kmh, heading, accuracy_m, altitude_m, odometer_m)
        FROM STDIN (FORMAT BINARY)
        """);

    private const string InsertRows = """
        INSERT INTO location_history
            (vehicle_id, fix_time, source_id, company_id, latitude, longitude,
             speed_kmh, heading, accuracy_m, altitude_m, odometer_m)
        SELECT * FROM unnest(
            @vehicle_id, @fix_time, @source_id, @company_id, @latitude, @longitude,
            @speed_kmh, @heading, @accuracy_m, @altitude_m, @odometer_m)
        """;

    public static readonly NamedQuery Insert = new("location-history.insert", $"""
        {InsertRows}
        ON CONFLICT DO NOTHING
        RETURNING vehicle_id, fix_time, source_id
        """);

    /// <summary>A small group in one statement that fails whole on a stored key, as COPY does (no round trip of its own in a batch).</summary>
    public static readonly NamedQuery InsertGroup = new("location-history.insert-group", InsertRows);

    // Runs in the insert's transaction, so it sees this group's rows and any committed by other writers.
    public static readonly NamedQuery FindConflicts = new("location-history.find-conflicts", """
        SELECT DISTINCT t.owner
        FROM unnest(
            @vehicle_id, @fix_time, @source_id, @latitude, @longitude,
            @speed_kmh, @heading, @accuracy_m, @altitude_m, @odometer_m, @owner)
            AS t(vehicle_id, fix_time, source_id, latitude, longitude, speed_kmh, heading, accuracy_m, altitude_m, odometer_m, owner)
        JOIN location_history h
            ON h.vehicle_id = t.vehicle_id AND h.fix_time = t.fix_time AND h.source_id = t.source_id
        WHERE (h.latitude, h.longitude, h.speed_kmh, h.heading, h.accuracy_m, h.altitude_m, h.odometer_m)
            IS DISTINCT FROM (t.latitude, t.longitude, t.speed_kmh, t.heading, t.accuracy_m, t.altitude_m, t.odometer_m)
        """);
}
