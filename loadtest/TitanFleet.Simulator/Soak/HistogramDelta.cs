namespace TitanFleet.Simulator.Soak;

/// <summary>
/// Percentiles of the requests a histogram counted between two scrapes (bucket counts subtracted),
/// interpolated linearly inside a bucket as Prometheus' histogram_quantile does: as coarse as the
/// bucket bounds (5, 10, 25, 50, 75, 100 ms ...).
/// </summary>
public static class HistogramDelta
{
    public static (double Count, double P50, double P95, double P99) Quantiles(SortedDictionary<double, double> before, SortedDictionary<double, double> after)
    {
        var delta = after.Select(b => (Bound: b.Key, Count: b.Value - before.GetValueOrDefault(b.Key))).ToArray();
        var total = delta.Length == 0 ? 0 : delta[^1].Count;
        return (total, Quantile(delta, total, 0.50), Quantile(delta, total, 0.95), Quantile(delta, total, 0.99));
    }

    private static double Quantile((double Bound, double Count)[] cumulative, double total, double q)
    {
        if (total <= 0) return 0;
        var rank = q * total;
        double lowerBound = 0, lowerCount = 0;
        foreach (var (bound, count) in cumulative)
        {
            if (count >= rank)
            {
                if (double.IsPositiveInfinity(bound)) return lowerBound;
                return lowerBound + (bound - lowerBound) * ((rank - lowerCount) / Math.Max(1e-9, count - lowerCount));
            }
            (lowerBound, lowerCount) = (bound, count);
        }
        return lowerBound;
    }
}
