namespace TitanFleet.Grains.Rollups;

/// <summary>The part of a stored fix the rollups read; fixes are ordered by (<see cref="At"/>, <see cref="SourceId"/>) like the history's key.</summary>
public readonly record struct RollupFix(DateTimeOffset At, Guid SourceId, double Latitude, double Longitude, double? SpeedKmh)
{
    public static int Compare(RollupFix a, RollupFix b)
    {
        var byTime = a.At.CompareTo(b.At);
        return byTime != 0 ? byTime : a.SourceId.CompareTo(b.SourceId);
    }
}
