namespace TitanFleet.Grains.Geofences;

/// <summary>
/// Occupancy a geofence grain stored itself before sql/0210, moved to geofence_occupants when the grain next
/// activates. Stored with the Orleans serializer: never reuse or renumber an Id.
/// </summary>
[GenerateSerializer, Alias("titanfleet.geofence-state.v1")]
public sealed class GeofenceState
{
    [Id(0)] public Dictionary<Guid, GeofenceOccupant> Occupants { get; set; } = [];
}
