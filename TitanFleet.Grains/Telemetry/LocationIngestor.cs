using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// The one ingestion path behind every location endpoint: commit to history first (so a 2xx means
/// durable), then update each vehicle's live grain, which pushes to dashboards.
/// </summary>
public sealed partial class LocationIngestor(
    ILocationHistory history, IGrainFactory grains, IOptions<PositionLimits> limits, TimeProvider time, ILogger<LocationIngestor> logger)
{
    /// <summary>
    /// Refuses (<see cref="PositionRefusedException"/>) anything <see cref="PositionRules"/> forbids
    /// before writing; <paramref name="cancellationToken"/> counts only until the positions are queued
    /// for commit. Once committed they are stored, so they are applied to the live state whatever
    /// happens to the request, and a failed apply does not fail the call. Only a full event queue is
    /// passed on (<see cref="EventQueueFullException"/>): the fixes are stored and applied, and the
    /// caller answers 503 so the device slows down while the events wait in their vehicle.
    /// </summary>
    public async Task IngestAsync(IReadOnlyList<PositionReport> positions, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        foreach (var position in positions)
        {
            if (PositionRules.Check(position, limits.Value, now) is { Count: > 0 } errors)
                throw new PositionRefusedException("Position refused: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}")));
        }
        await history.AppendAsync(positions, cancellationToken);
        var committed = System.Diagnostics.Stopwatch.GetTimestamp();
        IngestMetrics.RecordCommitWait(System.Diagnostics.Stopwatch.GetElapsedTime(started, committed));

        try
        {
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
        }
        catch (Exception exception) when (exception is not EventQueueFullException)
        {
            // History is the source of truth and the grain replays it on activation, so the live
            // state catches up; answering an error here would tell the client a stored fix was lost.
            LogApplyFailed(exception, positions.Count);
        }
        IngestMetrics.RecordLiveUpdate(System.Diagnostics.Stopwatch.GetElapsedTime(committed));
        IngestMetrics.RecordIngest(System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Positions} committed positions could not be applied to live state; the grains catch up from history")]
    private partial void LogApplyFailed(Exception exception, int positions);
}
