using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Storage;
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
/// Fixes stored inside a driver's ended shift also recount that driver's days (<see cref="DriverPositionRollups"/>).
/// Callers pass only fixes the commit actually stored, so a resend counts once.
/// The statements travel in batches, one round trip per step that needs an answer: the locks and tails
/// and the ended-shift check (behind the group's history insert when the caller passes it), then the upsert
/// with the commit; late fixes add one round trip for their neighbours, fixes inside an ended shift a few for
/// the drivers' recount.
/// </summary>
public sealed class VehicleRollupWriter(CompanyTimeZoneCache zones, IOptions<RollupOptions> options)
{
    public bool Enabled => options.Value.Enabled;

    /// <summary>Writes the rollups of <paramref name="stored"/> in the open transaction and leaves it open.</summary>
    public Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<PositionReport> stored, CancellationToken cancellationToken) =>
        WriteAsync(connection, transaction, history: null, stored, commit: false, prepare: false, cancellationToken);

    /// <summary>
    /// Runs <paramref name="history"/> (the statement storing <paramref name="stored"/>, or null when they are
    /// already written) in the same round trip as the locks, writes the rollups and commits with the last batch.
    /// With <paramref name="prepare"/> the statements are prepared on the connection (once per physical
    /// connection; Npgsql keeps them across pooled opens), so PostgreSQL stops parsing and planning them per group.
    /// </summary>
    public Task WriteAndCommitAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, NpgsqlBatchCommand? history, IEnumerable<PositionReport> stored, bool prepare,
        CancellationToken cancellationToken) =>
        WriteAsync(connection, transaction, history, stored, commit: true, prepare, cancellationToken);

    private async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, NpgsqlBatchCommand? history, IEnumerable<PositionReport> stored, bool commit,
        bool prepare, CancellationToken cancellationToken)
    {
        var vehicles = stored
            .GroupBy(p => (Company: p.CompanyId, Vehicle: p.VehicleId))
            .OrderBy(g => g.Key.Vehicle)
            .ToList();
        List<NpgsqlBatchCommand> last = history is null ? [] : [history];
        if (vehicles.Count > 0)
        {
            // Before the locks: a zone not yet cached is read on another connection, which should not wait while this one holds them.
            var zonesByCompany = new Dictionary<Guid, TimeZoneInfo>();
            foreach (var company in vehicles.Select(v => v.Key.Company).Distinct())
                zonesByCompany[company] = await zones.ForCompanyAsync(company, cancellationToken);
            last = await WriteRollupsAsync(connection, transaction, last, vehicles, zonesByCompany, prepare, cancellationToken);
        }
        if (commit) last.Add(TransactionQueries.Commit.CreateBatchCommand());
        if (last.Count > 0)
        {
            await using var batch = await OpenBatchAsync(connection, transaction, last, prepare, cancellationToken);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Sends everything up to the upsert; returns the statements that end the work, for the caller's last batch.</summary>
    private async Task<List<NpgsqlBatchCommand>> WriteRollupsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<NpgsqlBatchCommand> ahead,
        List<IGrouping<(Guid Company, Guid Vehicle), PositionReport>> vehicles, Dictionary<Guid, TimeZoneInfo> zonesByCompany,
        bool prepare, CancellationToken cancellationToken)
    {
        // The tails statement follows the locks in the batch: a statement of its own, so under READ COMMITTED
        // it sees what the previous lock holder committed.
        ahead.Add(VehicleRollupRows.LockCommand(vehicles.Select(v => v.Key.Vehicle)));
        ahead.Add(VehicleRollupRows.TailsCommand([.. vehicles.Select(v => v.Key)]));
        var ordered = vehicles.Select(vehicle =>
        {
            var fixes = vehicle.Select(ToFix).ToList();
            fixes.Sort(RollupFix.Compare);
            return fixes;
        }).ToList();
        // Likewise after the locks: the ended shifts the stored fixes fall in (usually none), for the drivers' positions.
        ahead.Add(DriverPositionRollups.EndedShiftsCommand(
            [.. vehicles.Select((v, i) => (v.Key.Company, v.Key.Vehicle, ordered[i][0].At, ordered[i][^1].At))]));
        Dictionary<Guid, RollupFix> tails;
        List<EndedShift> shifts;
        await using (var batch = await OpenBatchAsync(connection, transaction, ahead, prepare, cancellationToken))
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            // The history insert returns no result set; the locks return one row per key.
            await reader.NextResultAsync(cancellationToken);
            tails = await VehicleRollupRows.ReadTailsAsync(reader, cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            shifts = await DriverPositionRollups.ReadEndedShiftsAsync(reader, cancellationToken);
        }
        if (shifts.Count > 0)
        {
            // Fixes stored inside shifts already ended (a backlog, a late fix): round trips only in that case.
            var drivers = DriverPositionRollups.DaysOf(shifts, zonesByCompany);
            NpgsqlCommand Command(NamedQuery query) => connection.CreateCommand(query, transaction);
            await DriverPositionRollups.LockAsync(Command, drivers.Select(d => d.Driver), cancellationToken);
            await DriverPositionRollups.RecountAsync(Command, drivers, options.Value, cancellationToken);
        }

        var deltas = new List<(Guid, Guid, VehicleDayTotals)>();
        var late = new List<(Guid Company, Guid Vehicle, TimeZoneInfo Zone, List<RollupFix> Fixes)>();
        foreach (var (vehicle, fixes) in vehicles.Zip(ordered))
        {
            var zone = zonesByCompany[vehicle.Key.Company];
            RollupFix? tail = tails.TryGetValue(vehicle.Key.Vehicle, out var found) ? found : null;
            if (tail is { } t && fixes[0].At <= t.At)
            {
                late.Add((vehicle.Key.Company, vehicle.Key.Vehicle, zone, fixes));
                continue;
            }
            foreach (var totals in VehicleDayFold.Fold(tail, fixes, zone, options.Value).Values)
                deltas.Add((vehicle.Key.Company, vehicle.Key.Vehicle, totals));
        }

        List<NpgsqlBatchCommand> last = [];
        if (deltas.Count > 0) last.Add(VehicleRollupRows.WriteCommand(VehicleRollupQueries.AddDeltas, deltas));
        if (late.Count == 0) return last;
        var corrections = await CorrectAsync(connection, transaction, last, late, prepare, cancellationToken);
        return corrections.Count > 0 ? [VehicleRollupRows.WriteCommand(VehicleRollupQueries.AddCorrections, corrections)] : [];
    }

    /// <summary>Reads the late fixes' neighbours (after <paramref name="ahead"/>, in the same round trip) and returns their days' corrections.</summary>
    private async Task<List<(Guid, Guid, VehicleDayTotals)>> CorrectAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<NpgsqlBatchCommand> ahead,
        List<(Guid Company, Guid Vehicle, TimeZoneInfo Zone, List<RollupFix> Fixes)> late, bool prepare,
        CancellationToken cancellationToken)
    {
        List<(Guid Vehicle, RollupFix Fix)> fixes = [.. late.SelectMany(v => v.Fixes.Select(f => (v.Vehicle, f)))];
        ahead.Add(VehicleRollupRows.NeighboursCommand(fixes));
        (RollupFix? Before, RollupFix? After)[] neighbours;
        await using (var batch = await OpenBatchAsync(connection, transaction, ahead, prepare, cancellationToken))
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            // The upsert before it returns no result set.
            neighbours = await VehicleRollupRows.ReadNeighboursAsync(reader, fixes.Count, cancellationToken);
        }

        var corrections = new List<(Guid, Guid, VehicleDayTotals)>();
        var offset = 0;
        foreach (var (company, vehicle, zone, own) in late)
        {
            var segment = new ArraySegment<(RollupFix?, RollupFix?)>(neighbours, offset, own.Count);
            offset += own.Count;
            foreach (var totals in VehicleDayCorrection.Compute(own, segment, zone, options.Value).Values)
                corrections.Add((company, vehicle, totals));
        }
        return corrections;
    }

    private static async Task<NpgsqlBatch> OpenBatchAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<NpgsqlBatchCommand> commands, bool prepare, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in commands) batch.BatchCommands.Add(command);
        // Costs a round trip only the first time a physical connection sees these statements.
        if (prepare) await batch.PrepareAsync(cancellationToken);
        return batch;
    }

    // At PostgreSQL's precision (Npgsql truncates to microseconds), so this fold and a recompute from history agree.
    private static RollupFix ToFix(PositionReport p) =>
        new(At: new DateTimeOffset(p.FixTime.UtcTicks - p.FixTime.UtcTicks % 10, TimeSpan.Zero), SourceId: p.SourceId, Latitude: p.Latitude, Longitude: p.Longitude, SpeedKmh: p.SpeedKmh);
}
