using System.Diagnostics.Metrics;

namespace TitanFleet.Grains.Telemetry;

/// <summary>Meter for the ingestion path: what was committed, in what group sizes, how fast.</summary>
public static class LocationHistoryMetrics
{
    public const string MeterName = FleetMeter.Name;

    private static readonly Meter Meter = FleetMeter.Instance;
    private static readonly Counter<long> PositionsCommitted = Meter.CreateCounter<long>("titanfleet.positions.committed", "{position}", "Positions durably written to location history");
    private static readonly Histogram<int> CommitSize = Meter.CreateHistogram<int>("titanfleet.group_commit.size", "{position}", "Positions per group commit");
    private static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>("titanfleet.group_commit.duration", "ms", "Duration of one group commit");

    public static void RecordCommit(int positions, TimeSpan elapsed)
    {
        PositionsCommitted.Add(positions);
        CommitSize.Record(positions);
        CommitDuration.Record(elapsed.TotalMilliseconds);
    }
}
