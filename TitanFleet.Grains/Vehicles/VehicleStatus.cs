namespace TitanFleet.Grains.Vehicles;

public enum VehicleStatus
{
    Offline = 0,
    Stopped = 1,
    Moving = 2,
    /// <summary>Vehicle off road: a dangerous defect stops it starting a shift until signed off.</summary>
    Vor = 3,
}
