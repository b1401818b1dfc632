using TitanFleet.Grains.Geo;

namespace TitanFleet.Grains.Rollups;

/// <summary>
/// The definition of a vehicle's day, shared by the incremental writer, the late-fix recompute and the
/// rebuild so all three agree. Fixes are taken in (fix time, source) order; each one after the first
/// closes an interval with the fix before it, and the interval belongs to the later fix's local day
/// (an interval across midnight counts wholly on the day it ends):
/// - distance: great-circle distance between the two fixes, whatever the gap;
/// - time: an interval longer than <see cref="RollupOptions.MaxGap"/> counts as neither moving nor
///   idle (the device was off or out of coverage); a shorter one is moving when the later fix's speed
///   (or, without one, distance over time) is at least <see cref="RollupOptions.MovingSpeedKmh"/>,
///   else idle. Each interval is rounded to whole seconds before it is added, so totals do not
///   depend on how fixes were grouped when they arrived;
/// - max speed: the highest reported speed of the day's fixes.
/// </summary>
public static class VehicleDayFold
{
    /// <summary>Folds ordered fixes after <paramref name="previous"/> (the stored fix before them, if any) into per-day totals.</summary>
    public static SortedDictionary<DateOnly, VehicleDayTotals> Fold(
        RollupFix? previous, IEnumerable<RollupFix> ordered, TimeZoneInfo zone, RollupOptions options)
    {
        var days = new SortedDictionary<DateOnly, VehicleDayTotals>();
        foreach (var fix in ordered)
        {
            var day = LocalDays.DayOf(fix.At, zone);
            if (!days.TryGetValue(day, out var totals)) days[day] = totals = new VehicleDayTotals(day);
            totals.FixCount++;
            totals.First ??= fix;
            totals.Last = fix;
            if (fix.SpeedKmh is { } speed && (totals.MaxSpeedKmh is null || speed > totals.MaxSpeedKmh)) totals.MaxSpeedKmh = speed;
            if (previous is { } before) AddInterval(totals, before, fix, options);
            previous = fix;
        }
        return days;
    }

    /// <summary>Adds the interval from one fix to the next to the later fix's day; <paramref name="sign"/> -1 takes it back out.</summary>
    public static void AddInterval(VehicleDayTotals totals, RollupFix from, RollupFix to, RollupOptions options, int sign = 1)
    {
        var metres = GeoMath.DistanceMetres(from.Latitude, from.Longitude, to.Latitude, to.Longitude);
        totals.DistanceMetres += sign * metres;
        var elapsed = to.At - from.At;
        if (elapsed <= TimeSpan.Zero || elapsed > options.MaxGap) return;
        var seconds = (int)Math.Round(elapsed.TotalSeconds, MidpointRounding.AwayFromZero);
        var speed = to.SpeedKmh ?? metres / elapsed.TotalSeconds * 3.6;
        if (speed >= options.MovingSpeedKmh) totals.MovingSeconds += sign * seconds;
        else totals.IdleSeconds += sign * seconds;
    }
}
