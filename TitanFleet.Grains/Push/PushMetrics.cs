using System.Diagnostics.Metrics;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Push;

public static class PushMetrics
{
    private static readonly Meter Meter = FleetMeter.Instance;
    private static readonly Histogram<int> FlushSize = Meter.CreateHistogram<int>("titanfleet.push.flush_size", "{vehicle}", "Vehicles per coalesced push flush");

    public static void RecordFlush(int vehicles) => FlushSize.Record(vehicles);
}
