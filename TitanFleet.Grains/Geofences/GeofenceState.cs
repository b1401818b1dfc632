namespace TitanFleet.Grains.Geofences;

/// <summary>Persisted occupancy of one geofence. Stored with the Orleans serializer: never reuse or renumber an Id.</summary>
[GenerateSerializer, Alias("titanfleet.geofence-state.v1")]
public sealed class GeofenceState
{
    [Id(0)] public Dictionary<Guid, GeofenceOccupant> Occupants { get; set; } = [];
}
