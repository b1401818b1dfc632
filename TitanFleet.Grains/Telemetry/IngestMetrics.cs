using System.Diagnostics.Metrics;

namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// Ingest latency per request, whole and in its two waits (the history commit, the live-state
/// update), so a profile can say which of them a slow post spent its time in.
/// </summary>
public static class IngestMetrics
{
    private static readonly Meter Meter = FleetMeter.Instance;
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "titanfleet.ingest.duration", "ms", "Time from receiving validated positions to their commit and live-state update");
    private static readonly Histogram<double> CommitWait = Meter.CreateHistogram<double>(
        "titanfleet.ingest.commit_wait", "ms", "Time a request waits for its positions' group commit to history (queue plus commit)");
    private static readonly Histogram<double> LiveUpdate = Meter.CreateHistogram<double>(
        "titanfleet.ingest.live_update", "ms", "Time a request waits for its vehicles' grains to apply the positions (including any state write they make)");

    public static void RecordIngest(TimeSpan elapsed) => Duration.Record(elapsed.TotalMilliseconds);

    public static void RecordCommitWait(TimeSpan elapsed) => CommitWait.Record(elapsed.TotalMilliseconds);

    public static void RecordLiveUpdate(TimeSpan elapsed) => LiveUpdate.Record(elapsed.TotalMilliseconds);
}
