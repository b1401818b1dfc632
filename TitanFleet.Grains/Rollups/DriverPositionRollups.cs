using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Rollups;

/// <summary>
/// The position columns of driver_daily_rollups (sql/0245). A driver's positions are their vehicle's fixes
/// (location_history) inside each of their ended shifts (timesheets: vehicle_id, started_at &lt;= fix_time
/// &lt;= ended_at). Each shift is folded on its own by <see cref="VehicleDayFold"/> (no fix before the shift,
/// its fixes in (fix time, source) order, the company's zone), and a driver's day is, over all their shifts,
/// the sum of fix counts, distance, moving and idle seconds, the highest max speed, the earliest first fix
/// and the latest last fix. Fixes count on their own local day, so a shift across midnight feeds two days;
/// an open shift counts when its timesheet is written, like its hours.
/// <para>
/// Days are recounted from history rather than incremented, when a timesheet is written or corrected
/// (<see cref="DriverRollupWriter"/>) and when a history commit stores fixes inside an ended shift
/// (<see cref="VehicleRollupWriter"/>), so they are exact for late and out-of-order fixes.
/// </para>
/// <para>
/// Why the two triggers cannot both miss each other (write skew): both take the shift's vehicle lock
/// (<see cref="VehicleRollupQueries.LockVehicles"/>) before they read, each read a statement of its own
/// after the lock, so under READ COMMITTED it sees what the previous holder committed. If the timesheet
/// writer holds it first, the commit storing fixes finds the committed timesheet afterwards and recounts;
/// if the history commit holds it first, the timesheet writer reads its committed fixes. Two recounts of
/// one driver's day (two vehicles' commits, or a commit and a timesheet on another vehicle) serialise on
/// the driver's lock (<see cref="DriverPositionQueries.LockDrivers"/>), taken before the driver's rows are
/// read or written, so the later one reads everything the earlier one saw. Locks are always taken
/// vehicles (sorted) then drivers (sorted), never a vehicle lock while a driver lock is held: no cycle.
/// </para>
/// </summary>
public static class DriverPositionRollups
{
    /// <summary>Fixes folded at a time: an 8-hour shift at 5 s is 5,760 fixes, read as a stream rather than held.</summary>
    private const int FoldChunk = 1024;

    /// <summary>Takes the drivers' locks in key order; call after any vehicle lock and before the drivers' rows are written.</summary>
    public static async Task LockAsync(Func<NamedQuery, NpgsqlCommand> command, IEnumerable<Guid> drivers, CancellationToken cancellationToken)
    {
        await using var lockDrivers = command(DriverPositionQueries.LockDrivers);
        lockDrivers.Parameters.Add(new NpgsqlParameter<int>("namespace", DriverPositionQueries.LockNamespace));
        lockDrivers.Parameters.Add(new NpgsqlParameter<int[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Integer)
        {
            TypedValue = [.. drivers.Select(VehicleRollupRows.LockKey)],
        });
        await lockDrivers.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Recounts the position columns of the given days from history; the caller holds the drivers' locks.</summary>
    public static async Task RecountAsync(
        Func<NamedQuery, NpgsqlCommand> command, IReadOnlyList<DriverDays> drivers, RollupOptions options, CancellationToken cancellationToken)
    {
        var rows = new List<(Guid Company, Guid Driver, VehicleDayTotals Totals)>();
        foreach (var (company, driver, zone, days) in drivers)
        {
            if (days.Count == 0) continue;
            var from = LocalDays.Bounds(days.Min, zone).Start;
            var to = LocalDays.Bounds(days.Max, zone).End;
            var shifts = new List<(Guid Vehicle, DateTimeOffset StartedAt, DateTimeOffset EndedAt)>();
            await using (var read = command(DriverPositionQueries.DriverShifts))
            {
                read.Parameters.AddWithValue("company", company);
                read.Parameters.AddWithValue("driver", driver);
                read.Parameters.AddWithValue("from", from);
                read.Parameters.AddWithValue("to", to);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    shifts.Add((reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2)));
            }
            var totals = new Dictionary<DateOnly, VehicleDayTotals>();
            foreach (var (vehicle, startedAt, endedAt) in shifts)
                await FoldShiftAsync(command, vehicle, startedAt, endedAt, zone, options, totals, days.Contains, cancellationToken);
            foreach (var day in days) rows.Add((company, driver, totals.GetValueOrDefault(day) ?? new VehicleDayTotals(day)));
        }
        if (rows.Count > 0) await WriteAsync(command, rows, cancellationToken);
    }

    /// <summary>
    /// Folds one shift's fixes and adds each day's totals that <paramref name="keep"/> accepts to <paramref name="into"/>.
    /// The fold runs over chunks, each starting from the last fix of the one before, which is the same fold.
    /// </summary>
    public static async Task FoldShiftAsync(
        Func<NamedQuery, NpgsqlCommand> command, Guid vehicle, DateTimeOffset startedAt, DateTimeOffset endedAt, TimeZoneInfo zone,
        RollupOptions options, IDictionary<DateOnly, VehicleDayTotals> into, Func<DateOnly, bool> keep, CancellationToken cancellationToken)
    {
        await using var read = command(DriverPositionQueries.ShiftFixes);
        read.Parameters.AddWithValue("vehicle", vehicle);
        read.Parameters.AddWithValue("from", startedAt);
        read.Parameters.AddWithValue("to", endedAt);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        var chunk = new List<RollupFix>(FoldChunk);
        RollupFix? previous = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            chunk.Add(VehicleRollupRows.ReadFix(reader, 0)!.Value);
            if (chunk.Count == FoldChunk) previous = AddChunk();
        }
        if (chunk.Count > 0) AddChunk();

        RollupFix AddChunk()
        {
            foreach (var (day, totals) in VehicleDayFold.Fold(previous, chunk, zone, options))
            {
                if (!keep(day)) continue;
                if (into.TryGetValue(day, out var sum)) sum.Add(totals);
                else into[day] = totals;
            }
            var last = chunk[^1];
            chunk.Clear();
            return last;
        }
    }

    /// <summary>Every local day a shift's interval touches, from the day it started to the day it ended.</summary>
    public static IEnumerable<DateOnly> DaysOf(DateTimeOffset startedAt, DateTimeOffset endedAt, TimeZoneInfo zone)
    {
        var last = LocalDays.DayOf(endedAt, zone);
        for (var day = LocalDays.DayOf(startedAt, zone); day <= last; day = day.AddDays(1)) yield return day;
    }

    /// <summary>The drivers and days a history commit recounts for the ended shifts its fixes fall in.</summary>
    public static List<DriverDays> DaysOf(IEnumerable<EndedShift> shifts, IReadOnlyDictionary<Guid, TimeZoneInfo> zonesByCompany)
    {
        var drivers = new Dictionary<(Guid Company, Guid Driver), DriverDays>();
        foreach (var shift in shifts)
        {
            var zone = zonesByCompany[shift.Company];
            if (!drivers.TryGetValue((shift.Company, shift.Driver), out var entry))
                drivers[(shift.Company, shift.Driver)] = entry = new DriverDays(shift.Company, shift.Driver, zone, []);
            entry.Days.UnionWith(DaysOf(shift.StartedAt, shift.EndedAt, zone));
        }
        return [.. drivers.Values];
    }

    /// <summary><see cref="DriverPositionQueries.EndedShifts"/> for a batch, after the vehicle locks; read with <see cref="ReadEndedShiftsAsync"/>.</summary>
    public static NpgsqlBatchCommand EndedShiftsCommand(IReadOnlyList<(Guid Company, Guid Vehicle, DateTimeOffset FirstFix, DateTimeOffset LastFix)> vehicles) =>
        DriverPositionQueries.EndedShifts.CreateBatchCommand(
            Array("company_id", NpgsqlDbType.Uuid, vehicles.Select(v => v.Company)),
            Array("vehicle_id", NpgsqlDbType.Uuid, vehicles.Select(v => v.Vehicle)),
            Array("from_at", NpgsqlDbType.TimestampTz, vehicles.Select(v => v.FirstFix)),
            Array("to_at", NpgsqlDbType.TimestampTz, vehicles.Select(v => v.LastFix)));

    /// <summary>Reads the result set of <see cref="EndedShiftsCommand"/>, the reader standing on it.</summary>
    public static async Task<List<EndedShift>> ReadEndedShiftsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var shifts = new List<EndedShift>();
        while (await reader.ReadAsync(cancellationToken))
        {
            shifts.Add(new EndedShift(
                Company: reader.GetGuid(0), Driver: reader.GetGuid(1),
                StartedAt: reader.GetFieldValue<DateTimeOffset>(2), EndedAt: reader.GetFieldValue<DateTimeOffset>(3)));
        }
        return shifts;
    }

    private static async Task WriteAsync(
        Func<NamedQuery, NpgsqlCommand> command, List<(Guid Company, Guid Driver, VehicleDayTotals Totals)> rows, CancellationToken cancellationToken)
    {
        await using var write = command(DriverPositionQueries.SetDays);
        write.Parameters.AddRange(DayParameters(rows));
        await write.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Driver-day rows as the arrays <see cref="DriverPositionQueries.SetDays"/> takes.</summary>
    private static NpgsqlParameter[] DayParameters(IReadOnlyList<(Guid Company, Guid Driver, VehicleDayTotals Totals)> rows) =>
    [
        Array("company_id", NpgsqlDbType.Uuid, rows.Select(r => r.Company)),
        Array("driver_id", NpgsqlDbType.Uuid, rows.Select(r => r.Driver)),
        Array("day", NpgsqlDbType.Date, rows.Select(r => r.Totals.Day)),
        .. PositionParameters(rows.Select(r => r.Totals).ToList()),
    ];

    /// <summary>The position columns alone, one array element per day (the rebuild's insert takes them too).</summary>
    public static NpgsqlParameter[] PositionParameters(IReadOnlyList<VehicleDayTotals> days) =>
    [
        Array("fix_count", NpgsqlDbType.Integer, days.Select(d => d.FixCount)),
        Array("distance_m", NpgsqlDbType.Double, days.Select(d => d.DistanceMetres)),
        Array("moving_seconds", NpgsqlDbType.Integer, days.Select(d => d.MovingSeconds)),
        Array("idle_seconds", NpgsqlDbType.Integer, days.Select(d => d.IdleSeconds)),
        Array("max_speed_kmh", NpgsqlDbType.Double, days.Select(d => d.MaxSpeedKmh)),
        Array("first_fix_at", NpgsqlDbType.TimestampTz, days.Select(d => d.First?.At)),
        Array("first_latitude", NpgsqlDbType.Double, days.Select(d => d.First?.Latitude)),
        Array("first_longitude", NpgsqlDbType.Double, days.Select(d => d.First?.Longitude)),
        Array("last_fix_at", NpgsqlDbType.TimestampTz, days.Select(d => d.Last?.At)),
        Array("last_latitude", NpgsqlDbType.Double, days.Select(d => d.Last?.Latitude)),
        Array("last_longitude", NpgsqlDbType.Double, days.Select(d => d.Last?.Longitude)),
    ];

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new NpgsqlParameter<T[]>(name, NpgsqlDbType.Array | type) { TypedValue = [.. values] };
}
