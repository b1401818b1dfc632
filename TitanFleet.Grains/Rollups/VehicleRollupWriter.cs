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
/// - a fix at or before it is late: its day is recomputed from history (<see cref="VehicleDayRecompute"/>).
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
        var late = new List<(Guid Company, Guid Vehicle, TimeZoneInfo Zone, DateOnly[] Days)>();
        foreach (var vehicle in vehicles)
        {
            var zone = await zones.ForCompanyAsync(vehicle.Key.Company, cancellationToken);
            var fixes = vehicle.Select(ToFix).ToList();
            fixes.Sort(RollupFix.Compare);
            RollupFix? tail = tails.TryGetValue(vehicle.Key.Vehicle, out var found) ? found : null;
            var firstInOrder = tail is { } t ? fixes.FindIndex(f => f.At > t.At) : 0;
            if (firstInOrder < 0) firstInOrder = fixes.Count;
            if (firstInOrder > 0)
                late.Add((vehicle.Key.Company, vehicle.Key.Vehicle, zone, [.. fixes.Take(firstInOrder).Select(f => LocalDays.DayOf(f.At, zone)).Distinct()]));
            foreach (var totals in VehicleDayFold.Fold(tail, fixes.Skip(firstInOrder), zone, options.Value).Values)
                deltas.Add((vehicle.Key.Company, vehicle.Key.Vehicle, totals));
        }

        await VehicleRollupRows.WriteAsync(connection, transaction, VehicleRollupQueries.AddDeltas, deltas, cancellationToken);
        foreach (var (company, vehicle, zone, days) in late)
            await VehicleDayRecompute.RecomputeAsync(connection, transaction, company, vehicle, zone, days, options.Value, cancellationToken);
    }

    // At PostgreSQL's precision (Npgsql truncates to microseconds), so this fold and a recompute from history agree.
    private static RollupFix ToFix(PositionReport p) =>
        new(At: new DateTimeOffset(p.FixTime.UtcTicks - p.FixTime.UtcTicks % 10, TimeSpan.Zero), SourceId: p.SourceId, Latitude: p.Latitude, Longitude: p.Longitude, SpeedKmh: p.SpeedKmh);
}
