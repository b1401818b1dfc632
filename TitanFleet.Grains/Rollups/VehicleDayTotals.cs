namespace TitanFleet.Grains.Rollups;

/// <summary>
/// The fix-derived columns of one vehicle_daily_rollups row, as a day's own total or as the delta a
/// group of in-order fixes adds to it.
/// </summary>
public sealed class VehicleDayTotals(DateOnly day)
{
    public DateOnly Day { get; } = day;
    public int FixCount { get; set; }
    public double DistanceMetres { get; set; }
    public int MovingSeconds { get; set; }
    public int IdleSeconds { get; set; }
    public double? MaxSpeedKmh { get; set; }
    public RollupFix? First { get; set; }
    public RollupFix? Last { get; set; }
}
