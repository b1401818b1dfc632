using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Events;

/// <summary>Meter for the event writer: events per group, how long a group takes, and hand-offs refused by a full queue.</summary>
public static class FleetEventMetrics
{
    private static readonly System.Diagnostics.Metrics.Counter<long> EventsWritten =
        FleetMeter.Instance.CreateCounter<long>("titanfleet.events.written", "{event}", "Fleet events written by the silo's event groups");
    private static readonly System.Diagnostics.Metrics.Histogram<int> GroupSize =
        FleetMeter.Instance.CreateHistogram<int>("titanfleet.events.group_size", "{event}", "Events per event group");
    private static readonly System.Diagnostics.Metrics.Histogram<double> GroupDuration =
        FleetMeter.Instance.CreateHistogram<double>("titanfleet.events.group_duration", "ms", "Duration of one event group (events, notifications, rollup counts, push)");
    private static readonly System.Diagnostics.Metrics.Counter<long> QueueFull =
        FleetMeter.Instance.CreateCounter<long>("titanfleet.events.queue_full", "{call}", "Hand-offs refused because the event queue stayed full");

    public static void RecordGroup(int events, TimeSpan elapsed)
    {
        EventsWritten.Add(events);
        GroupSize.Record(events);
        GroupDuration.Record(elapsed.TotalMilliseconds);
    }

    public static void RecordQueueFull() => QueueFull.Add(1);
}
