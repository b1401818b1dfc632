namespace TitanFleet.Api.Devices;

public enum DeviceWriteStatus
{
    Written = 0,
    Unchanged = 1,
    NotFound = 2,
    Duplicate = 3,

    /// <summary>The vehicle is retired: it takes no new devices.</summary>
    VehicleRetired = 4,
}
