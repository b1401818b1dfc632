using System.Diagnostics.Metrics;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Vehicles;

/// <summary>Meter for vehicle live-state writes: rows per group and how long a group takes.</summary>
public static class VehicleStateMetrics
{
    private static readonly Counter<long> RowsWritten = FleetMeter.Instance.CreateCounter<long>("titanfleet.vehicle_state.rows", "{row}", "Vehicle live-state rows upserted");
    private static readonly Histogram<int> GroupSize = FleetMeter.Instance.CreateHistogram<int>("titanfleet.vehicle_state.group_size", "{row}", "Rows per grouped live-state upsert");
    private static readonly Histogram<double> GroupDuration = FleetMeter.Instance.CreateHistogram<double>("titanfleet.vehicle_state.group_duration", "ms", "Duration of one grouped live-state upsert");

    public static void RecordGroup(int rows, TimeSpan elapsed)
    {
        RowsWritten.Add(rows);
        GroupSize.Record(rows);
        GroupDuration.Record(elapsed.TotalMilliseconds);
    }
}
