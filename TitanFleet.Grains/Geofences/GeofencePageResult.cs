namespace TitanFleet.Grains.Geofences;

public sealed record GeofencePageResult(IReadOnlyList<GeofenceRecord> Items, GeofenceCursor? Next);
