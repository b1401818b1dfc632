namespace TitanFleet.Grains.Hours;

/// <summary>Turns a driver's log, in any order and possibly overlapping, into one ordered timeline.</summary>
internal static class ActivityTimeline
{
    /// <summary>
    /// Sorts by start (then kind, then end, so equal logs in any order give one timeline), ends each
    /// entry no later than the next one's start (a new activity ends the previous one, which is how
    /// an ongoing entry is closed) and no later than <paramref name="now"/>, and drops empty entries.
    /// </summary>
    public static ArraySegment<TimelineEntry> Normalize(IReadOnlyList<ActivitySegment> log, DateTimeOffset now)
    {
        var sorted = new ActivitySegment[log.Count];
        var inOrder = true;
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = log[i];
            if (i > 0 && Compare(sorted[i - 1], sorted[i]) > 0) inOrder = false;
        }
        // The grain appends in order, so the sort (the only non-linear step) is normally skipped.
        if (!inOrder) Array.Sort(sorted, Compare);

        var entries = new TimelineEntry[sorted.Length];
        var count = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var segment = sorted[i];
            var end = segment.End is { } e && e < now ? e : now;
            if (i + 1 < sorted.Length && sorted[i + 1].Start < end) end = sorted[i + 1].Start;
            if (end > segment.Start) entries[count++] = new TimelineEntry(segment.Kind, segment.Start, end);
        }
        return new ArraySegment<TimelineEntry>(entries, 0, count);
    }

    private static int Compare(ActivitySegment a, ActivitySegment b)
    {
        var byStart = a.Start.CompareTo(b.Start);
        if (byStart != 0) return byStart;
        var byKind = a.Kind.CompareTo(b.Kind);
        if (byKind != 0) return byKind;
        return (a.End ?? DateTimeOffset.MaxValue).CompareTo(b.End ?? DateTimeOffset.MaxValue);
    }
}
