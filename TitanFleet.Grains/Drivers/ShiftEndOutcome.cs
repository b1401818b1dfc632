namespace TitanFleet.Grains.Drivers;

public enum ShiftEndOutcome
{
    Ended,
    NotOnShift,

    /// <summary>The end odometer is below the shift's start odometer.</summary>
    OdometerBelowStart,
}
