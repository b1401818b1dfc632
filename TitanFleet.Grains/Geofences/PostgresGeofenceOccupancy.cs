using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Geofences;

/// <summary>
/// Who is inside each geofence (sql/0210). The silo's event writer applies a group's crossings in the
/// group's transaction (<see cref="WriteAsync"/>); the geofence grain reads and clears its own rows.
/// </summary>
public sealed class PostgresGeofenceOccupancy(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Applies the crossings in the order given, in the caller's transaction: only each vehicle's last
    /// crossing of a geofence counts, so a group holding an enter and the exit after it leaves no row.
    /// </summary>
    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<GeofenceOccupancyChange> changes)
    {
        var last = new Dictionary<(Guid Geofence, Guid Vehicle), GeofenceOccupancyChange>();
        foreach (var change in changes) last[(change.GeofenceId, change.VehicleId)] = change;
        if (last.Count == 0) return;
        var ordered = last.Values.OrderBy(c => c.GeofenceId).ThenBy(c => c.VehicleId).ToList();

        if (ordered.Where(c => !c.Entered).ToList() is { Count: > 0 } exits)
        {
            await using var command = connection.CreateCommand(GeofenceOccupancyQueries.Exit, transaction);
            command.Parameters.Add(Uuids("geofence_id", exits.Select(c => c.GeofenceId)));
            command.Parameters.Add(Uuids("vehicle_id", exits.Select(c => c.VehicleId)));
            await command.ExecuteNonQueryAsync();
        }
        if (ordered.Where(c => c.Entered).ToList() is { Count: > 0 } enters)
        {
            await using var command = connection.CreateCommand(GeofenceOccupancyQueries.Enter, transaction);
            command.Parameters.Add(Uuids("geofence_id", enters.Select(c => c.GeofenceId)));
            command.Parameters.Add(Uuids("vehicle_id", enters.Select(c => c.VehicleId)));
            command.Parameters.Add(Uuids("company_id", enters.Select(c => c.CompanyId)));
            command.Parameters.Add(new NpgsqlParameter<string[]>("registration", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. enters.Select(c => c.Registration)] });
            command.Parameters.Add(Times("inside_since", enters.Select(c => c.Since)));
            await command.ExecuteNonQueryAsync();
        }
    }

    public async Task<GeofenceOccupant[]> ListAsync(Guid geofenceId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(GeofenceOccupancyQueries.List);
        command.Parameters.AddWithValue("geofence", geofenceId);
        var occupants = new List<GeofenceOccupant>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            occupants.Add(new GeofenceOccupant(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
        return [.. occupants];
    }

    public async Task ClearAsync(Guid geofenceId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(GeofenceOccupancyQueries.Clear);
        command.Parameters.AddWithValue("geofence", geofenceId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Moves occupancy a geofence grain kept in its own state (before sql/0210) into the table, never over a newer row.</summary>
    public async Task ImportLegacyAsync(Guid geofenceId, IReadOnlyCollection<GeofenceOccupant> occupants, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(GeofenceOccupancyQueries.ImportLegacy);
        command.Parameters.AddWithValue("geofence", geofenceId);
        command.Parameters.Add(Uuids("vehicle_id", occupants.Select(o => o.VehicleId)));
        command.Parameters.Add(new NpgsqlParameter<string[]>("registration", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. occupants.Select(o => o.Registration)] });
        command.Parameters.Add(Times("inside_since", occupants.Select(o => o.Since)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlParameter<Guid[]> Uuids(string name, IEnumerable<Guid> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. values] };

    private static NpgsqlParameter<DateTime[]> Times(string name, IEnumerable<DateTimeOffset> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = [.. values.Select(v => v.UtcDateTime)] };
}
