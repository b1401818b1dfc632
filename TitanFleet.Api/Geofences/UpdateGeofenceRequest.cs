namespace TitanFleet.Api.Geofences;

/// <summary>
/// Replaces a geofence (omitted rules take their defaults). <see cref="Version"/> is the version the
/// client last read: if the geofence changed since, the update is refused with 409.
/// </summary>
public sealed record UpdateGeofenceRequest(
    string? Name,
    string? Type,
    bool? Active,
    GeofenceCircleInput? Circle,
    string? Polygon,
    bool? AlertOnEnter,
    bool? AlertOnExit,
    int? MinDwellSeconds,
    GeofenceScheduleInput? Schedule,
    int? SpeedLimitKmh,
    int? Version) : IGeofenceFields;
