namespace TitanFleet.Simulator.Metrics;

/// <summary>Order statistics of a set of latencies in milliseconds (nearest-rank percentiles).</summary>
public sealed record LatencySummary(int Count, double Min, double Max, double Mean, double Median, double P95, double P99)
{
    public static readonly LatencySummary Empty = new(0, 0, 0, 0, 0, 0, 0);

    public static LatencySummary Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return Empty;
        var sorted = values.Order().ToArray();
        return new LatencySummary(sorted.Length, sorted[0], sorted[^1], sorted.Average(),
            Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99));
    }

    private static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
