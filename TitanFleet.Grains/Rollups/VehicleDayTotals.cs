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

    /// <summary>Adds another part of the same day (a later chunk of one fold, or another shift): sums add, the maximum grows, the ends widen.</summary>
    public void Add(VehicleDayTotals other)
    {
        FixCount += other.FixCount;
        DistanceMetres += other.DistanceMetres;
        MovingSeconds += other.MovingSeconds;
        IdleSeconds += other.IdleSeconds;
        if (other.MaxSpeedKmh is { } speed && (MaxSpeedKmh is null || speed > MaxSpeedKmh)) MaxSpeedKmh = speed;
        if (other.First is { } first && (First is not { } mine || RollupFix.Compare(first, mine) < 0)) First = first;
        if (other.Last is { } last && (Last is not { } own || RollupFix.Compare(last, own) > 0)) Last = last;
    }
}
