namespace TitanFleet.Grains.Geofences;

/// <summary>A counted enter or exit of one geofence, found while applying fixes, announced after.</summary>
internal readonly record struct GeofenceCrossing(IndexedGeofence Geofence, bool Entered, DateTimeOffset At, DateTimeOffset Since);
