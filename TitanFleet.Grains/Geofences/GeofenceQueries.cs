using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Geofences;

internal static class GeofenceQueries
{
    private const string Columns = """
        id, company_id, name, geofence_type, active, centre_latitude, centre_longitude, radius_metres, polygon_geojson,
        alert_on_enter, alert_on_exit, min_dwell_seconds, schedule_days, schedule_start, schedule_end, created_at, updated_at, version,
        speed_limit_kmh
        """;

    public static readonly NamedQuery Find = new("geofences.find", $"SELECT {Columns} FROM geofences WHERE id = @id AND company_id = @company AND deleted_at IS NULL");

    public static readonly NamedQuery FindAnyCompany = new("geofences.find-any-company", $"SELECT {Columns} FROM geofences WHERE id = @id AND deleted_at IS NULL");

    public static readonly NamedQuery List = new("geofences.list", $"""
        SELECT {Columns} FROM geofences
        WHERE company_id = @company AND deleted_at IS NULL
          AND (@type::text IS NULL OR geofence_type = @type)
          AND (@active::boolean IS NULL OR active = @active)
          AND (@prefix::text IS NULL OR starts_with(name, @prefix))
          AND (@afterId::uuid IS NULL OR (name, id) > (@afterName, @afterId))
        ORDER BY name, id
        LIMIT @limit
        """);

    public static readonly NamedQuery Insert = new("geofences.insert", $"""
        INSERT INTO geofences (id, company_id, name, geofence_type, shape, active, centre_latitude, centre_longitude, radius_metres,
            polygon_geojson, alert_on_enter, alert_on_exit, min_dwell_seconds, schedule_days, schedule_start, schedule_end, speed_limit_kmh)
        VALUES (@id, @company, @name, @type, @shape, @active, @latitude, @longitude, @radius,
            @polygon, @alertOnEnter, @alertOnExit, @minDwell, @days, @start, @end, @speedLimit)
        RETURNING {Columns}
        """);

    public static readonly NamedQuery Lock = new("geofences.lock", $"SELECT {Columns} FROM geofences WHERE id = @id AND company_id = @company AND deleted_at IS NULL FOR UPDATE");

    public static readonly NamedQuery CompanyTimeZone = new("geofences.company-time-zone", "SELECT time_zone FROM companies WHERE id = @company");

    public static readonly NamedQuery ListActive = new("geofences.list-active", $"SELECT {Columns} FROM geofences WHERE company_id = @company AND active AND deleted_at IS NULL");

    public static readonly NamedQuery Delete = new("geofences.delete",
        $"UPDATE geofences SET deleted_at = now(), updated_at = now(), version = version + 1 WHERE id = @id AND company_id = @company RETURNING {Columns}");

    public static readonly NamedQuery Update = new("geofences.update", $"""
        UPDATE geofences SET name = @name, geofence_type = @type, shape = @shape, active = @active,
            centre_latitude = @latitude, centre_longitude = @longitude, radius_metres = @radius, polygon_geojson = @polygon,
            alert_on_enter = @alertOnEnter, alert_on_exit = @alertOnExit, min_dwell_seconds = @minDwell,
            schedule_days = @days, schedule_start = @start, schedule_end = @end, speed_limit_kmh = @speedLimit,
            updated_at = now(), version = version + 1
        WHERE id = @id AND company_id = @company
        RETURNING {Columns}
        """);
}
