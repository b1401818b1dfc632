namespace TitanFleet.Simulator.Soak;

/// <summary>
/// Whether the silo was flat after warm-up: the median of the last third of the minutes against the
/// first third's for managed heap (within 10 %), OS threads and handles (within 10 % or 5), server
/// p99 (within 1.5x + 5 ms), and no 5xx answer or failed read at all.
/// </summary>
public static class SoakVerdict
{
    public static IReadOnlyList<string> Lines(IReadOnlyList<SoakSample> samples, int warmupMinutes, out bool flat)
    {
        var steady = samples.Where(s => s.Minute > warmupMinutes).ToArray();
        flat = false;
        if (steady.Length < 3) return [$"only {steady.Length} minute(s) after the {warmupMinutes}-minute warm-up: too short to judge"];
        var third = Math.Max(1, steady.Length / 3);
        var first = steady.Take(third).ToArray();
        var last = steady.TakeLast(third).ToArray();
        var checks = new List<(string Line, bool Ok)>
        {
            Compare("managed heap MB", first, last, s => s.HeapMb, (a, b) => b <= a * 1.10),
            Compare("OS threads", first, last, s => s.OsThreads, (a, b) => b - a <= Math.Max(5, a * 0.10)),
            Compare("open handles", first, last, s => s.Handles, (a, b) => b - a <= Math.Max(5, a * 0.10)),
            Compare("working set MB", first, last, s => s.RssMb, (a, b) => b <= a * 1.15),
            Compare("server p99 ms", first, last, s => s.ServerP99Ms, (a, b) => b <= a * 1.5 + 5),
            Compare("read p99 ms", first, last, s => s.ReadP99Ms, (a, b) => b <= a * 1.5 + 5),
        };
        var errors = steady.Sum(s => s.ServerErrors) + steady.Sum(s => s.ReadErrors);
        checks.Add(($"errors after warm-up: {steady.Sum(s => s.ServerErrors):0} server 5xx, {steady.Sum(s => s.ReadErrors)} failed reads", errors == 0));
        var gen2PerMinute = (steady[^1].Gen2 - steady[0].Gen2) / (double)Math.Max(1, steady.Length - 1);
        flat = checks.All(c => c.Ok);
        return
        [
            .. checks.Select(c => $"{(c.Ok ? "flat  " : "GROWS ")} {c.Line}"),
            $"       gen2 collections per sample after warm-up: {gen2PerMinute:0.0}; requests per sample (server): {steady.Average(s => s.Requests):N0}",
            flat ? "VERDICT: flat after warm-up" : "VERDICT: NOT flat after warm-up (lines marked GROWS)",
        ];
    }

    private static (string, bool) Compare(string name, SoakSample[] first, SoakSample[] last, Func<SoakSample, double> value, Func<double, double, bool> ok)
    {
        var a = Median(first.Select(value));
        var b = Median(last.Select(value));
        var change = a == 0 ? 0 : (b - a) / a * 100;
        return ($"{name}: {a:0.0} -> {b:0.0} ({change:+0.0;-0.0} %), first vs last third, medians", ok(a, b));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }
}
