using System.Diagnostics.Metrics;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Push;

/// <summary>
/// Push volume and, for the push delay's decomposition (issue 12), two server-side waits: how long a
/// vehicle's change sat in the coalescer before its flush, and how old its fix was when the hub
/// handed it to the company's dashboards (the rest of the delay is ingestion before and the network
/// and client after).
/// </summary>
public static class PushMetrics
{
    private static readonly Meter Meter = FleetMeter.Instance;
    private static readonly InstrumentAdvice<double> DelayBuckets = new()
    {
        HistogramBucketBoundaries = [1, 5, 10, 25, 50, 75, 100, 150, 200, 250, 300, 400, 500, 750, 1_000, 2_500, 5_000, 10_000],
    };

    private static readonly Histogram<int> FlushSize = Meter.CreateHistogram<int>("titanfleet.push.flush_size", "{vehicle}", "Vehicles per coalesced push flush");

    private static readonly Histogram<double> CoalesceWait = Meter.CreateHistogram(
        "titanfleet.push.coalesce_wait", "ms", "Time a vehicle's latest change waited in the silo's coalescer before the flush that sent it", tags: null, advice: DelayBuckets);

    private static readonly Histogram<double> FixAgeAtSend = Meter.CreateHistogram(
        "titanfleet.push.fix_age_at_send", "ms", "Age of a vehicle's fix (now minus the fix time the device stamped) when its update is handed to the company's dashboard connections", tags: null, advice: DelayBuckets);

    private static readonly Counter<long> Events = Meter.CreateCounter<long>("titanfleet.push.events", "{event}", "Fleet events pushed to the silos, by type");

    public static void RecordFlush(int vehicles) => FlushSize.Record(vehicles);

    public static void RecordCoalesceWait(double milliseconds) => CoalesceWait.Record(milliseconds);

    public static void RecordFixAgeAtSend(double milliseconds) => FixAgeAtSend.Record(milliseconds);

    public static void RecordEvent(string type) => Events.Add(1, new KeyValuePair<string, object?>("type", type));
}
