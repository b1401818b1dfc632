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
        command.Parameters.AddWithValue("namespace", VehicleRollupQueries.LockNamespace);
        command.Parameters.Add(new NpgsqlParameter<int[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. vehicles.Select(LockKey)] });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<Dictionary<Guid, RollupFix>> ReadTailsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(Guid Company, Guid Vehicle)> vehicles, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(VehicleRollupQueries.Tails, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("company_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. vehicles.Select(v => v.Company)] });
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("vehicle_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. vehicles.Select(v => v.Vehicle)] });
        var tails = new Dictionary<Guid, RollupFix>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
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

    /// <summary>Each fix's neighbours in history (<see cref="VehicleRollupQueries.Neighbours"/>), in the order given.</summary>
    public static async Task<(RollupFix? Before, RollupFix? After)[]> ReadNeighboursAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(Guid Vehicle, RollupFix Fix)> fixes, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(VehicleRollupQueries.Neighbours, transaction);
        Add(command, "vehicle_id", NpgsqlDbType.Uuid, fixes.Select(f => f.Vehicle));
        Add(command, "fix_time", NpgsqlDbType.TimestampTz, fixes.Select(f => f.Fix.At));
        Add(command, "source_id", NpgsqlDbType.Uuid, fixes.Select(f => f.Fix.SourceId));
        var neighbours = new (RollupFix?, RollupFix?)[fixes.Count];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
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
        Add(command, "company_id", NpgsqlDbType.Uuid, rows.Select(r => r.Company));
        Add(command, "vehicle_id", NpgsqlDbType.Uuid, rows.Select(r => r.Vehicle));
        Add(command, "day", NpgsqlDbType.Date, rows.Select(r => r.Totals.Day));
        Add(command, "fix_count", NpgsqlDbType.Integer, rows.Select(r => r.Totals.FixCount));
        Add(command, "distance_m", NpgsqlDbType.Double, rows.Select(r => r.Totals.DistanceMetres));
        Add(command, "moving_seconds", NpgsqlDbType.Integer, rows.Select(r => r.Totals.MovingSeconds));
        Add(command, "idle_seconds", NpgsqlDbType.Integer, rows.Select(r => r.Totals.IdleSeconds));
        Add(command, "max_speed_kmh", NpgsqlDbType.Double, rows.Select(r => r.Totals.MaxSpeedKmh));
        Add(command, "first_fix_at", NpgsqlDbType.TimestampTz, rows.Select(r => r.Totals.First?.At));
        Add(command, "first_latitude", NpgsqlDbType.Double, rows.Select(r => r.Totals.First?.Latitude));
        Add(command, "first_longitude", NpgsqlDbType.Double, rows.Select(r => r.Totals.First?.Longitude));
        Add(command, "last_fix_at", NpgsqlDbType.TimestampTz, rows.Select(r => r.Totals.Last?.At));
        Add(command, "last_latitude", NpgsqlDbType.Double, rows.Select(r => r.Totals.Last?.Latitude));
        Add(command, "last_longitude", NpgsqlDbType.Double, rows.Select(r => r.Totals.Last?.Longitude));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The advisory lock key of a vehicle: its id's first four bytes (a shared key only serialises two vehicles, never wrongs them).</summary>
    public static int LockKey(Guid vehicle)
    {
        Span<byte> bytes = stackalloc byte[16];
        vehicle.TryWriteBytes(bytes);
        return MemoryMarshal.Read<int>(bytes);
    }

    private static void Add<T>(NpgsqlCommand command, string name, NpgsqlDbType type, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter<T[]>(name, NpgsqlDbType.Array | type) { TypedValue = [.. values] });

    private static async Task<List<RollupFix>> ReadFixesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var fixes = new List<RollupFix>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) fixes.Add(ReadFix(reader, 0)!.Value);
        return fixes;
    }

    private static RollupFix? ReadFix(NpgsqlDataReader reader, int first) =>
        reader.IsDBNull(first)
            ? null
            : new RollupFix(
                At: reader.GetFieldValue<DateTimeOffset>(first),
                SourceId: reader.GetGuid(first + 1),
                Latitude: reader.GetDouble(first + 2),
                Longitude: reader.GetDouble(first + 3),
                SpeedKmh: reader.IsDBNull(first + 4) ? null : reader.GetDouble(first + 4));
}
