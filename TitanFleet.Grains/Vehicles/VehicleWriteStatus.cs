namespace TitanFleet.Grains.Vehicles;

public enum VehicleWriteStatus
{
    Written = 0,
    Unchanged = 1,
    NotFound = 2,
    VersionConflict = 3,
    Duplicate = 4,
}
