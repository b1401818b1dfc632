using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Rollups;

/// <summary>
/// Keeps the rollups' event counts (vehicle overspeeds and geofence visits, driver overspeeds,
/// hours breaches and geofence visits) by recounting each touched day from fleet_events, inside the transaction that
/// has just stored the events; a resend is stored once there and so counts once here. Vehicle rows
/// are locked like the history writer locks them (in vehicle order), so the two never deadlock.
/// </summary>
public sealed class RollupEventCounts(NpgsqlDataSource dataSource, CompanyTimeZoneCache zones)
{
    private static readonly HashSet<string> VehicleTypes = [FleetEventTypes.Overspeed, FleetEventTypes.GeofenceEntered];
    private static readonly HashSet<string> DriverTypes = [FleetEventTypes.Overspeed, FleetEventTypes.HoursBreached, FleetEventTypes.GeofenceEntered];

    /// <summary>Recounts in a transaction of its own (rebuild tools and tests; the silo recounts in the event group's).</summary>
    public async Task WriteAsync(IReadOnlyList<FleetEvent> events)
    {
        var keys = await KeysAsync(events);
        if (keys.IsEmpty) return;
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await WriteAsync(connection, transaction, keys);
        await transaction.CommitAsync();
    }

    /// <summary>The (subject, local day) pairs the events touch; read before the transaction opens, as the zones may need a query.</summary>
    public async Task<RollupEventKeys> KeysAsync(IReadOnlyList<FleetEvent> events) => new(
        await KeysAsync(events.Where(e => VehicleTypes.Contains(e.Type) && e.VehicleId is not null), e => e.VehicleId!.Value),
        await KeysAsync(events.Where(e => DriverTypes.Contains(e.Type) && e.DriverId is not null), e => e.DriverId!.Value));

    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, RollupEventKeys keys)
    {
        if (keys.VehicleDays.Count > 0)
        {
            await VehicleRollupRows.LockAsync(connection, transaction, keys.VehicleDays.Select(k => k.Subject), CancellationToken.None);
            await RecountAsync(connection, transaction, RollupEventQueries.RecountVehicleDays, keys.VehicleDays);
        }
        if (keys.DriverDays.Count > 0) await RecountAsync(connection, transaction, RollupEventQueries.RecountDriverDays, keys.DriverDays);
    }

    private async Task<List<RollupDayKey>> KeysAsync(IEnumerable<FleetEvent> events, Func<FleetEvent, Guid> subject)
    {
        var keys = new HashSet<RollupDayKey>();
        foreach (var fleetEvent in events)
        {
            var zone = await zones.ForCompanyAsync(fleetEvent.CompanyId);
            keys.Add(new RollupDayKey(fleetEvent.CompanyId, subject(fleetEvent), LocalDays.DayOf(fleetEvent.OccurredAt, zone), zone));
        }
        return [.. keys.OrderBy(k => k.Subject).ThenBy(k => k.Day)];
    }

    private static async Task RecountAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, NamedQuery query, List<RollupDayKey> keys)
    {
        await using var command = connection.CreateCommand(query, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("company_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. keys.Select(k => k.Company)] });
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("subject_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. keys.Select(k => k.Subject)] });
        DayKeys.AddDays(command, [.. keys.Select(k => (k.Day, k.Zone))]);
        await command.ExecuteNonQueryAsync();
    }
}
