namespace TitanFleet.Grains.Drivers;

public enum ShiftStartOutcome
{
    Started,
    AlreadyOnShift,

    /// <summary>The vehicle is in another driver's shift and the start did not ask for a hand-over.</summary>
    VehicleInUse,
}
