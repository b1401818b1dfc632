namespace TitanFleet.Api.Geofences;

/// <summary>The fields a create and an update share (one validator checks them for both).</summary>
public interface IGeofenceFields
{
    string? Name { get; }
    string? Type { get; }
    bool? Active { get; }
    GeofenceCircleInput? Circle { get; }
    string? Polygon { get; }
    bool? AlertOnEnter { get; }
    bool? AlertOnExit { get; }
    int? MinDwellSeconds { get; }
    GeofenceScheduleInput? Schedule { get; }
    int? SpeedLimitKmh { get; }
}
