using System.Runtime.InteropServices;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Rollups;

/// <summary>Reads history for the rollups and writes vehicle_daily_rollups rows, inside the caller's transaction.</summary>
public static class VehicleRollupRows
{
    public static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<Guid> vehicles, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(VehicleRollupQueries.LockVehicles, transaction);
        command.Parameters.AddRange(LockParameters(vehicles));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary><see cref="VehicleRollupQueries.LockVehicles"/> for a batch; it returns one row per key, which the reader must step over.</summary>
    public static NpgsqlBatchCommand LockCommand(IEnumerable<Guid> vehicles) =>
        VehicleRollupQueries.LockVehicles.CreateBatchCommand(LockParameters(vehicles));

    /// <summary><see cref="VehicleRollupQueries.Tails"/> for a batch, to run after <see cref="LockCommand"/>; read with <see cref="ReadTailsAsync"/>.</summary>
    public static NpgsqlBatchCommand TailsCommand(IReadOnlyList<(Guid Company, Guid Vehicle)> vehicles) =>
        VehicleRollupQueries.Tails.CreateBatchCommand(
            Array("company_id", NpgsqlDbType.Uuid, vehicles.Select(v => v.Company)),
            Array("vehicle_id", NpgsqlDbType.Uuid, vehicles.Select(v => v.Vehicle)));

    /// <summary>Reads the result set of <see cref="TailsCommand"/>, the reader standing on it.</summary>
    public static async Task<Dictionary<Guid, RollupFix>> ReadTailsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var tails = new Dictionary<Guid, RollupFix>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tails[reader.GetGuid(0)] = new RollupFix(
                At: reader.GetFieldValue<DateTimeOffset>(1), SourceId: Guid.Empty, Latitude: reader.GetDouble(2), Longitude: reader.GetDouble(3), SpeedKmh: null);
        }
        return tails;
    }

    public static async Task<RollupFix?> ReadOneAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, NamedQuery query, string bound, Guid vehicle, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(query, transaction);
        command.Parameters.AddWithValue("vehicle", vehicle);
        command.Parameters.AddWithValue(bound, at);
        var fixes = await ReadFixesAsync(command, cancellationToken);
        return fixes.Count == 0 ? null : fixes[0];
    }

    public static async Task<List<RollupFix>> ReadBetweenAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid vehicle, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(VehicleRollupQueries.FixesBetween, transaction);
        command.Parameters.AddWithValue("vehicle", vehicle);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        return await ReadFixesAsync(command, cancellationToken);
    }

    /// <summary><see cref="VehicleRollupQueries.Neighbours"/> of each fix, for a batch; read with <see cref="ReadNeighboursAsync"/>.</summary>
    public static NpgsqlBatchCommand NeighboursCommand(IReadOnlyList<(Guid Vehicle, RollupFix Fix)> fixes) =>
        VehicleRollupQueries.Neighbours.CreateBatchCommand(
            Array("vehicle_id", NpgsqlDbType.Uuid, fixes.Select(f => f.Vehicle)),
            Array("fix_time", NpgsqlDbType.TimestampTz, fixes.Select(f => f.Fix.At)),
            Array("source_id", NpgsqlDbType.Uuid, fixes.Select(f => f.Fix.SourceId)));

    /// <summary>Each fix's neighbours in the order given to <see cref="NeighboursCommand"/>, the reader standing on its result set.</summary>
    public static async Task<(RollupFix? Before, RollupFix? After)[]> ReadNeighboursAsync(NpgsqlDataReader reader, int count, CancellationToken cancellationToken)
    {
        var neighbours = new (RollupFix?, RollupFix?)[count];
        while (await reader.ReadAsync(cancellationToken))
            neighbours[reader.GetInt64(0) - 1] = (ReadFix(reader, 1), ReadFix(reader, 6));
        return neighbours;
    }

    /// <summary>Writes rows with <see cref="VehicleRollupQueries.AddDeltas"/>, <see cref="VehicleRollupQueries.AddCorrections"/> or <see cref="VehicleRollupQueries.ReplaceDays"/>.</summary>
    public static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, NamedQuery query, IReadOnlyList<(Guid Company, Guid Vehicle, VehicleDayTotals Totals)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        await using var command = connection.CreateCommand(query, transaction);
        command.Parameters.AddRange(DayParameters(rows));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The same write as <see cref="WriteAsync"/>, for a batch.</summary>
    public static NpgsqlBatchCommand WriteCommand(NamedQuery query, IReadOnlyList<(Guid Company, Guid Vehicle, VehicleDayTotals Totals)> rows) =>
        query.CreateBatchCommand(DayParameters(rows));

    /// <summary>The advisory lock key of a vehicle: its id's first four bytes (a shared key only serialises two vehicles, never wrongs them).</summary>
    public static int LockKey(Guid vehicle)
    {
        Span<byte> bytes = stackalloc byte[16];
        vehicle.TryWriteBytes(bytes);
        return MemoryMarshal.Read<int>(bytes);
    }

    internal static NpgsqlParameter[] LockParameters(IEnumerable<Guid> vehicles) =>
    [
        new NpgsqlParameter<int>("namespace", VehicleRollupQueries.LockNamespace),
        new NpgsqlParameter<int[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. vehicles.Select(LockKey)] },
    ];

    private static NpgsqlParameter[] DayParameters(IReadOnlyList<(Guid Company, Guid Vehicle, VehicleDayTotals Totals)> rows) =>
    [
        Array("company_id", NpgsqlDbType.Uuid, rows.Select(r => r.Company)),
        Array("vehicle_id", NpgsqlDbType.Uuid, rows.Select(r => r.Vehicle)),
        Array("day", NpgsqlDbType.Date, rows.Select(r => r.Totals.Day)),
        Array("fix_count", NpgsqlDbType.Integer, rows.Select(r => r.Totals.FixCount)),
        Array("distance_m", NpgsqlDbType.Double, rows.Select(r => r.Totals.DistanceMetres)),
        Array("moving_seconds", NpgsqlDbType.Integer, rows.Select(r => r.Totals.MovingSeconds)),
        Array("idle_seconds", NpgsqlDbType.Integer, rows.Select(r => r.Totals.IdleSeconds)),
        Array("max_speed_kmh", NpgsqlDbType.Double, rows.Select(r => r.Totals.MaxSpeedKmh)),
        Array("first_fix_at", NpgsqlDbType.TimestampTz, rows.Select(r => r.Totals.First?.At)),
        Array("first_latitude", NpgsqlDbType.Double, rows.Select(r => r.Totals.First?.Latitude)),
        Array("first_longitude", NpgsqlDbType.Double, rows.Select(r => r.Totals.First?.Longitude)),
        Array("last_fix_at", NpgsqlDbType.TimestampTz, rows.Select(r => r.Totals.Last?.At)),
        Array("last_latitude", NpgsqlDbType.Double, rows.Select(r => r.Totals.Last?.Latitude)),
        Array("last_longitude", NpgsqlDbType.Double, rows.Select(r => r.Totals.Last?.Longitude)),
    ];

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new NpgsqlParameter<T[]>(name, NpgsqlDbType.Array | type) { TypedValue = [.. values] };

    private static async Task<List<RollupFix>> ReadFixesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var fixes = new List<RollupFix>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) fixes.Add(ReadFix(reader, 0)!.Value);
        return fixes;
    }

    internal static RollupFix? ReadFix(NpgsqlDataReader reader, int first) =>
        reader.IsDBNull(first)
            ? null
            : new RollupFix(
                At: reader.GetFieldValue<DateTimeOffset>(first),
                SourceId: reader.GetGuid(first + 1),
                Latitude: reader.GetDouble(first + 2),
                Longitude: reader.GetDouble(first + 3),
                SpeedKmh: reader.IsDBNull(first + 4) ? null : reader.GetDouble(first + 4));
}
