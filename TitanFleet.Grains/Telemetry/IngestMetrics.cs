using System.Diagnostics.Metrics;

namespace TitanFleet.Grains.Telemetry;

/// <summary>End-to-end ingest latency: history commit plus live-state update, per request.</summary>
public static class IngestMetrics
{
    private static readonly Meter Meter = FleetMeter.Instance;
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "titanfleet.ingest.duration", "ms", "Time from receiving validated positions to their commit and live-state update");

    public static void RecordIngest(TimeSpan elapsed) => Duration.Record(elapsed.TotalMilliseconds);
}
