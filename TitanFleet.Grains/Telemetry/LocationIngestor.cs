using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// The one ingestion path behind every location endpoint: commit to history first (so a 2xx means
/// durable), then update each vehicle's live grain, which pushes to dashboards.
/// </summary>
public sealed class LocationIngestor(ILocationHistory history, IGrainFactory grains)
{
    public async Task IngestAsync(IReadOnlyList<PositionReport> positions, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await history.AppendAsync(positions, cancellationToken);

        if (positions.All(p => p.VehicleId == positions[0].VehicleId))
        {
            await grains.GetGrain<IVehicleGrain>(positions[0].VehicleId).ApplyPositionsAsync([.. positions]);
        }
        else
        {
            await Task.WhenAll(positions
                .GroupBy(p => p.VehicleId)
                .Select(vehicle => grains.GetGrain<IVehicleGrain>(vehicle.Key).ApplyPositionsAsync([.. vehicle])));
        }
        IngestMetrics.RecordIngest(System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }
}
