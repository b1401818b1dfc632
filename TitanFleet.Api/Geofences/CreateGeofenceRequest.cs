namespace TitanFleet.Api.Geofences;

/// <summary>
/// A new geofence: a <see cref="Circle"/> or a <see cref="Polygon"/> (WKT <c>POLYGON ((lon lat, ...))</c>
/// or GeoJSON Polygon text, up to 1,000 vertices, closed, not self-intersecting). Omitted rules
/// default to active, alert on enter and exit, no dwell, no schedule, no speed limit.
/// <see cref="SpeedLimitKmh"/> (1 to 200) caps the speed limit of every vehicle inside.
/// </summary>
public sealed record CreateGeofenceRequest(
    string? Name,
    string? Type,
    bool? Active,
    GeofenceCircleInput? Circle,
    string? Polygon,
    bool? AlertOnEnter,
    bool? AlertOnExit,
    int? MinDwellSeconds,
    GeofenceScheduleInput? Schedule,
    int? SpeedLimitKmh) : IGeofenceFields;
