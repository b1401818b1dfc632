using System.Diagnostics.Metrics;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Api.Hubs;

public static class FleetHubMetrics
{
    private static readonly Meter Meter = FleetMeter.Instance;
    private static readonly UpDownCounter<long> Connections = Meter.CreateUpDownCounter<long>("titanfleet.hub.connections", "{connection}", "Open dashboard connections on this silo");
    private static readonly Counter<long> Messages = Meter.CreateCounter<long>("titanfleet.hub.messages", "{message}", "Batch messages sent to company groups");
    private static readonly Counter<long> Updates = Meter.CreateCounter<long>("titanfleet.hub.vehicle_updates", "{vehicle}", "Vehicle updates sent to company groups");
    private static readonly Counter<long> SlowClients = Meter.CreateCounter<long>("titanfleet.hub.slow_client_aborts", "{connection}", "Dashboard connections disconnected because they stopped taking pushes");
    private static readonly Counter<long> SnapshotRefusals = Meter.CreateCounter<long>("titanfleet.hub.snapshot_refusals", "{call}", "GetSnapshot calls refused by the per-connection rate limit");

    public static void Connected() => Connections.Add(1);

    public static void Disconnected() => Connections.Add(-1);

    public static void SlowClientAborted() => SlowClients.Add(1);

    public static void SnapshotRefused() => SnapshotRefusals.Add(1);

    public static void Sent(int vehicles)
    {
        Messages.Add(1);
        Updates.Add(vehicles);
    }
}
