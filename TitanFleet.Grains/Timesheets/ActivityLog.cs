using TitanFleet.Grains.Hours;

namespace TitanFleet.Grains.Timesheets;

/// <summary>Pure arithmetic over a driver's activity log: what each activity added up to between two instants.</summary>
public static class ActivityLog
{
    /// <param name="now">the end of a segment still going on (null End).</param>
    public static ActivityTotals Totals(IEnumerable<ActivitySegment> log, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        var seconds = new Dictionary<ActivityKind, double>();
        var breaks = new List<TimesheetBreak>();
        foreach (var segment in log)
        {
            var start = Max(segment.Start, from);
            var end = Min(segment.End ?? now, to);
            if (end <= start) continue;
            seconds[segment.Kind] = seconds.GetValueOrDefault(segment.Kind) + (end - start).TotalSeconds;
            if (segment.Kind == ActivityKind.Break) breaks.Add(new TimesheetBreak(start, end));
        }
        int Of(ActivityKind kind) => (int)Math.Round(seconds.GetValueOrDefault(kind));
        return new ActivityTotals(
            DrivingSeconds: Of(ActivityKind.Driving), OtherWorkSeconds: Of(ActivityKind.OtherWork),
            BreakSeconds: Of(ActivityKind.Break), AvailableSeconds: Of(ActivityKind.Available), Breaks: [.. breaks]);
    }

    /// <summary>Segments that ended before <paramref name="cutoff"/> are dropped (the log keeps the last 28 days).</summary>
    public static void Prune(List<ActivitySegment> log, DateTimeOffset cutoff) => log.RemoveAll(segment => segment.End is { } end && end < cutoff);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
