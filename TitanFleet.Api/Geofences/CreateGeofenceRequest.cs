namespace TitanFleet.Api.Geofences;

/// <summary>
/// A new geofence: a <see cref="Circle"/> or a <see cref="Polygon"/> (WKT <c>POLYGON ((lon lat, ...))</c>
/// or GeoJSON Polygon text, up to 1,000 vertices, closed, not self-intersecting). Omitted rules
/// default to active, alert on enter and exit, no dwell, no schedule.
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
    GeofenceScheduleInput? Schedule) : IGeofenceFields;
