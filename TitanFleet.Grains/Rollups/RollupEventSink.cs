using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Rollups;

/// <summary>
/// Keeps the rollups' event counts (vehicle overspeeds and geofence visits, driver overspeeds and
/// hours breaches) by recounting each touched day from fleet_events. Registered after
/// <see cref="FleetEventHistory"/>, whose insert it counts; a resend is stored once there and so
/// counts once here. Vehicle rows are locked like the history writer locks them, so the two never deadlock.
/// </summary>
public sealed class RollupEventSink(NpgsqlDataSource dataSource, CompanyTimeZoneCache zones) : IFleetEventSink
{
    private static readonly HashSet<string> VehicleTypes = [FleetEventTypes.Overspeed, FleetEventTypes.GeofenceEntered];
    private static readonly HashSet<string> DriverTypes = [FleetEventTypes.Overspeed, FleetEventTypes.HoursBreached];

    public async Task OnPublishedAsync(IReadOnlyList<FleetEvent> events)
    {
        var vehicleDays = await KeysAsync(events.Where(e => VehicleTypes.Contains(e.Type) && e.VehicleId is not null), e => e.VehicleId!.Value);
        var driverDays = await KeysAsync(events.Where(e => DriverTypes.Contains(e.Type) && e.DriverId is not null), e => e.DriverId!.Value);
        if (vehicleDays.Count == 0 && driverDays.Count == 0) return;

        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (vehicleDays.Count > 0)
        {
            await VehicleRollupRows.LockAsync(connection, transaction, vehicleDays.Select(k => k.Subject), CancellationToken.None);
            await RecountAsync(connection, transaction, RollupEventQueries.RecountVehicleDays, vehicleDays);
        }
        if (driverDays.Count > 0) await RecountAsync(connection, transaction, RollupEventQueries.RecountDriverDays, driverDays);
        await transaction.CommitAsync();
    }

    private async Task<List<(Guid Company, Guid Subject, DateOnly Day, TimeZoneInfo Zone)>> KeysAsync(IEnumerable<FleetEvent> events, Func<FleetEvent, Guid> subject)
    {
        var keys = new HashSet<(Guid, Guid, DateOnly, TimeZoneInfo)>();
        foreach (var fleetEvent in events)
        {
            var zone = await zones.ForCompanyAsync(fleetEvent.CompanyId);
            keys.Add((fleetEvent.CompanyId, subject(fleetEvent), LocalDays.DayOf(fleetEvent.OccurredAt, zone), zone));
        }
        return [.. keys.OrderBy(k => k.Item2).ThenBy(k => k.Item3)];
    }

    private static async Task RecountAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, NamedQuery query, List<(Guid Company, Guid Subject, DateOnly Day, TimeZoneInfo Zone)> keys)
    {
        await using var command = connection.CreateCommand(query, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("company_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. keys.Select(k => k.Company)] });
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("subject_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. keys.Select(k => k.Subject)] });
        DayKeys.AddDays(command, [.. keys.Select(k => (k.Day, k.Zone))]);
        await command.ExecuteNonQueryAsync();
    }
}
