namespace TitanFleet.Grains.Rollups;

/// <summary>One driver_daily_rollups row as the rebuild computes it.</summary>
public sealed class DriverDayTotals
{
    public int Shifts { get; set; }
    public int DistanceKm { get; set; }
    public int DrivingSeconds { get; set; }
    public int OtherWorkSeconds { get; set; }
    public int Overspeeds { get; set; }
    public int HoursBreaches { get; set; }
    public int GeofenceVisits { get; set; }

    /// <summary>The position columns (<see cref="DriverPositionRollups"/>); null for a day without fixes in a shift.</summary>
    public VehicleDayTotals? Positions { get; set; }
}
