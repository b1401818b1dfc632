namespace TitanFleet.Grains.Geofences;

public enum GeofenceWriteStatus
{
    Written,
    Unchanged,
    NotFound,
    VersionConflict,
}
