namespace TitanFleet.Grains.Checks;

public enum InspectionWriteStatus
{
    Written,

    /// <summary>No such vehicle in the company, or it is retired.</summary>
    VehicleNotFound,

    /// <summary>The results do not match the vehicle type's list, or a photo is not the vehicle's.</summary>
    Invalid,
}
