namespace TitanFleet.Grains.Geofences;

/// <summary>A geofence's definition and who is inside it now.</summary>
[GenerateSerializer, Immutable]
public sealed record GeofenceView(
    [property: Id(0)] GeofenceRecord? Definition,
    [property: Id(1)] GeofenceOccupant[] Occupants);
