namespace TitanFleet.Grains.Rollups;

/// <summary>
/// What a group of newly stored fixes changes in a vehicle's days when some arrive out of order,
/// worked out from each new fix's neighbours in history instead of refolding whole days. History
/// already holds the new fixes, and the rollups hold exactly the fixes stored before them (both are
/// written in one transaction under the vehicle's lock), so the new fixes form runs, each between an
/// old fix before it (p) and an old fix after it (n), either possibly absent. A run r1..rk:
/// - takes out the interval p→n, which was counted on n's day, when both exist;
/// - adds the intervals p→r1, r1→r2, …, rk→n, each on its later fix's day (<see cref="VehicleDayFold"/>);
/// - adds each ri to its day's fix count and maximum speed (a maximum only grows as fixes are added);
/// - makes ri its day's first fix when the fix before it is on another day or absent, and its last
///   when the fix after it is.
/// Counts, seconds and maximum speed come out exactly as a fold from scratch would give them; distance
/// differs only by floating-point summation order.
/// </summary>
public static class VehicleDayCorrection
{
    /// <summary>The changes per day; a totals' <see cref="VehicleDayTotals.First"/>/<see cref="VehicleDayTotals.Last"/> is set only where that day's first/last fix changes.</summary>
    public static SortedDictionary<DateOnly, VehicleDayTotals> Compute(
        IReadOnlyList<RollupFix> stored, IReadOnlyList<(RollupFix? Before, RollupFix? After)> neighbours, TimeZoneInfo zone, RollupOptions options)
    {
        var days = new SortedDictionary<DateOnly, VehicleDayTotals>();
        var isNew = stored.Select(Key).ToHashSet();
        var afterOf = new Dictionary<(long, Guid), RollupFix?>();
        for (var i = 0; i < stored.Count; i++) afterOf[Key(stored[i])] = neighbours[i].After;

        for (var i = 0; i < stored.Count; i++)
        {
            var fix = stored[i];
            var (before, after) = neighbours[i];
            var day = LocalDays.DayOf(fix.At, zone);
            var totals = DayTotals(days, day);
            totals.FixCount++;
            if (fix.SpeedKmh is { } speed && (totals.MaxSpeedKmh is null || speed > totals.MaxSpeedKmh)) totals.MaxSpeedKmh = speed;
            if (before is not { } b || LocalDays.DayOf(b.At, zone) != day) totals.First = fix;
            if (after is not { } a || LocalDays.DayOf(a.At, zone) != day) totals.Last = fix;
            if (before is { } from) VehicleDayFold.AddInterval(totals, from, fix, options);
            if (after is { } old && !isNew.Contains(Key(old)))
                VehicleDayFold.AddInterval(DayTotals(days, LocalDays.DayOf(old.At, zone)), fix, old, options);

            // The head of a run: walk to its last fix to find the old interval the run splits.
            if (before is { } p && !isNew.Contains(Key(p)))
            {
                var last = fix;
                while (afterOf[Key(last)] is { } next && isNew.Contains(Key(next))) last = next;
                if (afterOf[Key(last)] is { } n)
                    VehicleDayFold.AddInterval(DayTotals(days, LocalDays.DayOf(n.At, zone)), p, n, options, sign: -1);
            }
        }
        return days;
    }

    private static (long, Guid) Key(RollupFix fix) => (fix.At.UtcTicks, fix.SourceId);

    private static VehicleDayTotals DayTotals(SortedDictionary<DateOnly, VehicleDayTotals> days, DateOnly day)
    {
        if (!days.TryGetValue(day, out var totals)) days[day] = totals = new VehicleDayTotals(day);
        return totals;
    }
}
