using System.Diagnostics.Metrics;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Notifications;

public static class NotificationMetrics
{
    private static readonly Counter<long> Written = FleetMeter.Instance.CreateCounter<long>(
        "titanfleet.notifications.written", "{notification}", "Notifications stored, one per recipient of an event");

    public static void RecordWritten(int count) => Written.Add(count);
}
