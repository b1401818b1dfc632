namespace TitanFleet.Grains.Geofences;

/// <summary>A write's outcome; <see cref="Record"/> is the written row, or the current one on a version conflict.</summary>
public sealed record GeofenceWriteResult(GeofenceWriteStatus Status, GeofenceRecord? Record = null);
