namespace TitanFleet.Simulator.Metrics;

/// <summary>
/// Lock-free latency histogram (0.1 ms buckets up to 60 s) for high-volume samples such as every
/// vehicle update on every dashboard, where keeping each value would cost more than the work measured.
/// </summary>
public sealed class DelayHistogram(string name)
{
    private const double BucketMs = 0.1;
    private readonly long[] _buckets = new long[600_000];
    private long _count;
    private long _negative;

    public string Name { get; } = name;

    public void RecordMilliseconds(double milliseconds)
    {
        if (milliseconds < 0) Interlocked.Increment(ref _negative);
        var bucket = (int)Math.Clamp(milliseconds / BucketMs, 0, _buckets.Length - 1);
        Interlocked.Increment(ref _buckets[bucket]);
        Interlocked.Increment(ref _count);
    }

    /// <summary>Samples below zero (clock skew would show here; one machine, one clock, so expect none).</summary>
    public long Negative => Interlocked.Read(ref _negative);

    public OperationRow Snapshot(TimeSpan duration)
    {
        var count = Interlocked.Read(ref _count);
        return new OperationRow(Name, count, count, 0, 0, count / Math.Max(duration.TotalSeconds, 1e-9), count / Math.Max(duration.TotalSeconds, 1e-9),
            Summary(count), new Dictionary<string, long>());
    }

    private LatencySummary Summary(long count)
    {
        if (count == 0) return LatencySummary.Empty;
        double min = -1, max = 0, sum = 0, p50 = 0, p95 = 0, p99 = 0;
        long seen = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            var n = Interlocked.Read(ref _buckets[i]);
            if (n == 0) continue;
            var upper = (i + 1) * BucketMs;
            if (min < 0) min = i * BucketMs;
            max = upper;
            sum += n * (i + 0.5) * BucketMs;
            var before = seen;
            seen += n;
            if (before < Math.Ceiling(count * 0.50) && seen >= Math.Ceiling(count * 0.50)) p50 = upper;
            if (before < Math.Ceiling(count * 0.95) && seen >= Math.Ceiling(count * 0.95)) p95 = upper;
            if (before < Math.Ceiling(count * 0.99) && seen >= Math.Ceiling(count * 0.99)) p99 = upper;
        }
        return new LatencySummary((int)Math.Min(count, int.MaxValue), min, max, sum / count, p50, p95, p99);
    }
}
