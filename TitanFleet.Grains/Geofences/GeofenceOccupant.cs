namespace TitanFleet.Grains.Geofences;

/// <summary>A vehicle inside a geofence, since the fix time its stay began.</summary>
[GenerateSerializer, Immutable]
public sealed record GeofenceOccupant(
    [property: Id(0)] Guid VehicleId,
    [property: Id(1)] string Registration,
    [property: Id(2)] DateTimeOffset Since);
