using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Rollups;

/// <summary>
/// Brings the vehicle daily rollups up to date with the fixes a history commit stores, in that
/// commit's transaction (so a 2xx means both are durable). Per group it locks the group's vehicles,
/// reads each one's newest folded fix, then:
/// - fixes after it (the usual case) are folded onto it and their days' totals added in one
///   multi-row upsert;
/// - a vehicle with a fix at or before it (late: a tracker uploading a backlog) has all its new fixes
///   placed between their neighbours in history (<see cref="VehicleDayCorrection"/>): one statement reads
///   the neighbours of every such fix in the group and one adds the corrections, so a late fix costs two
///   index probes, not a refold of its day.
/// Callers pass only fixes the commit actually stored, so a resend counts once.
/// </summary>
public sealed class VehicleRollupWriter(CompanyTimeZoneCache zones, IOptions<RollupOptions> options)
{
    public bool Enabled => options.Value.Enabled;

    public async Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<PositionReport> stored, CancellationToken cancellationToken)
    {
        var vehicles = stored
            .GroupBy(p => (Company: p.CompanyId, Vehicle: p.VehicleId))
            .OrderBy(g => g.Key.Vehicle)
            .ToList();
        if (vehicles.Count == 0) return;

        await VehicleRollupRows.LockAsync(connection, transaction, vehicles.Select(v => v.Key.Vehicle), cancellationToken);
        // A new statement after the locks: under READ COMMITTED it sees what the previous lock holder committed.
        var tails = await VehicleRollupRows.ReadTailsAsync(connection, transaction, [.. vehicles.Select(v => v.Key)], cancellationToken);

        var deltas = new List<(Guid, Guid, VehicleDayTotals)>();
        var late = new List<(Guid Company, Guid Vehicle, TimeZoneInfo Zone, List<RollupFix> Fixes)>();
        foreach (var vehicle in vehicles)
        {
            var zone = await zones.ForCompanyAsync(vehicle.Key.Company, cancellationToken);
            var fixes = vehicle.Select(ToFix).ToList();
            fixes.Sort(RollupFix.Compare);
            RollupFix? tail = tails.TryGetValue(vehicle.Key.Vehicle, out var found) ? found : null;
            if (tail is { } t && fixes[0].At <= t.At)
            {
                late.Add((vehicle.Key.Company, vehicle.Key.Vehicle, zone, fixes));
                continue;
            }
            foreach (var totals in VehicleDayFold.Fold(tail, fixes, zone, options.Value).Values)
                deltas.Add((vehicle.Key.Company, vehicle.Key.Vehicle, totals));
        }

        await VehicleRollupRows.WriteAsync(connection, transaction, VehicleRollupQueries.AddDeltas, deltas, cancellationToken);
        if (late.Count > 0) await CorrectAsync(connection, transaction, late, cancellationToken);
    }

    private async Task CorrectAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<(Guid Company, Guid Vehicle, TimeZoneInfo Zone, List<RollupFix> Fixes)> late,
        CancellationToken cancellationToken)
    {
        var neighbours = await VehicleRollupRows.ReadNeighboursAsync(
            connection, transaction, [.. late.SelectMany(v => v.Fixes.Select(f => (v.Vehicle, f)))], cancellationToken);
        var corrections = new List<(Guid, Guid, VehicleDayTotals)>();
        var offset = 0;
        foreach (var (company, vehicle, zone, fixes) in late)
        {
            var own = new ArraySegment<(RollupFix?, RollupFix?)>(neighbours, offset, fixes.Count);
            offset += fixes.Count;
            foreach (var totals in VehicleDayCorrection.Compute(fixes, own, zone, options.Value).Values)
                corrections.Add((company, vehicle, totals));
        }
        await VehicleRollupRows.WriteAsync(connection, transaction, VehicleRollupQueries.AddCorrections, corrections, cancellationToken);
    }

    // At PostgreSQL's precision (Npgsql truncates to microseconds), so this fold and a recompute from history agree.
    private static RollupFix ToFix(PositionReport p) =>
        new(At: new DateTimeOffset(p.FixTime.UtcTicks - p.FixTime.UtcTicks % 10, TimeSpan.Zero), SourceId: p.SourceId, Latitude: p.Latitude, Longitude: p.Longitude, SpeedKmh: p.SpeedKmh);
}
