using System.Diagnostics.Metrics;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Push;

public static class PushMetrics
{
    private static readonly Meter Meter = FleetMeter.Instance;
    private static readonly Histogram<int> FlushSize = Meter.CreateHistogram<int>("titanfleet.push.flush_size", "{vehicle}", "Vehicles per coalesced push flush");

    private static readonly Counter<long> Events = Meter.CreateCounter<long>("titanfleet.push.events", "{event}", "Fleet events pushed to the silos, by type");

    public static void RecordFlush(int vehicles) => FlushSize.Record(vehicles);

    public static void RecordEvent(string type) => Events.Add(1, new KeyValuePair<string, object?>("type", type));
}
